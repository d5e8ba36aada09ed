import type { ReactNode } from 'react';
import { renderHook } from '@testing-library/react';
import { errorApiRef } from '@backstage/core-plugin-api';
import { translationApiRef } from '@backstage/core-plugin-api/alpha';
import { mockApis, TestApiProvider } from '@backstage/test-utils';
import { accessInspectorTranslationRef } from '../../myAccess/translation';
import { accessInspectorSignInTranslationRef } from '../translations/signInTranslationRef';
import { signInMessages } from '../translations/signInMessages';
import { signInHelpMessages } from '../translations/signInHelpMessages';
import { accessInspectorSignInHelpTranslationRef } from '../translations/signInHelpTranslationRef';
import { doctorMessages } from '../../myAccess/doctor/doctorMessages';
import { myAccessMessages } from '../../myAccess/myAccessMessages';
import { tokenMessages } from '../../myAccess/token/tokenMessages';
import { sessionsMessages } from '../../myAccess/sessions/sessionsMessages';
import { groupsMessages } from '../../myAccess/groups/groupsMessages';
import { permissionMessages } from '../../myAccess/permissions/permissionMessages';
import { createFindingText } from './logic';
import { useFindingText } from './useFindingText';

function wrapper({ children }: { children: ReactNode }) {
  return (
    <TestApiProvider
      apis={[
        [translationApiRef, mockApis.translation()],
        [errorApiRef, { post: jest.fn(), error$: jest.fn() }],
      ]}
    >
      {children}
    </TestApiProvider>
  );
}

/** Every message path, plural forms folded into their bare key. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
      : keysOf(value, `${prefix}${key}.`),
  );
}

const params = (count: number) => ({
  count,
  provider: 'GitHub',
  providerId: 'github',
  message: 'boom',
  name: 'AuthenticationError',
  ref: 'user:default/ada',
});

describe('useFindingText', () => {
  it('reads below its prefix through the translation ref', () => {
    const { result } = renderHook(
      () => useFindingText(accessInspectorTranslationRef, 'doctor'),
      { wrapper },
    );
    expect(result.current('card.counts.problem', { count: 2 })).toBe(
      '2 problems',
    );
  });

  // The pure adapter stands in for `t` wherever React is not: both must say
  // the same thing for every message, count and param.
  function differences(
    ref: Parameters<typeof useFindingText>[0],
    messages: object,
  ) {
    const { result } = renderHook(() => useFindingText(ref), { wrapper });
    const pure = createFindingText(messages);
    const found: string[] = [];
    for (const key of new Set(keysOf(messages))) {
      for (const values of [undefined, params(0), params(1), params(2)]) {
        const [mine, theirs] = [pure(key, values), result.current(key, values)];
        if (mine !== theirs) found.push(`${key}: ${mine} ≠ ${theirs}`);
      }
    }
    return found;
  }

  it('says what the sign-in ref says, for every message', () => {
    expect(
      differences(accessInspectorSignInTranslationRef, signInMessages),
    ).toEqual([]);
  });

  it('says what the sign-in help ref says, for every message', () => {
    expect(
      differences(accessInspectorSignInHelpTranslationRef, signInHelpMessages),
    ).toEqual([]);
  });

  it('says what the My Access ref says, for every message', () => {
    expect(
      differences(accessInspectorTranslationRef, {
        ...myAccessMessages,
        tokenCard: tokenMessages,
        providersCard: sessionsMessages,
        ...groupsMessages,
        permissions: permissionMessages,
        doctor: doctorMessages,
      }),
    ).toEqual([]);
  });
});
