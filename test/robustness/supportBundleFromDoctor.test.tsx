import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  configApiRef,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
} from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { DoctorCardBase } from '../../src/myAccess/doctor';
import { MyAccessDataProvider } from '../../src/myAccess/data/useMyAccessData';
import { userEntity } from '../builders/entities';
import { backstageToken, TEST_BACKEND } from '../builders/tokens';
import { defaultDoctorHandlers } from '../msw/doctorHandlers';
import { userinfoHandler } from '../msw/handlers';
import { pluginApis } from '../msw/pluginApis';
import { setupMswServer } from '../msw/server';

setupMswServer(
  userinfoHandler({ sub: 'user:default/alice', ent: ['group:default/team-a'] }),
  ...defaultDoctorHandlers(),
);

const NOW = Date.parse('2027-01-15T08:00:00Z');

async function renderDoctor(token: string) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: 'user:default/alice',
            ownershipEntityRefs: [
              'user:default/alice',
              'group:default/team-a',
              'group:default/left-team',
            ],
            token,
          }),
        ],
        [discoveryApiRef, mockApis.discovery({ baseUrl: TEST_BACKEND })],
        [
          fetchApiRef,
          {
            fetch: (input: RequestInfo | URL, init?: RequestInit) =>
              fetch(input, init),
          },
        ],
        [
          catalogApiRef,
          catalogApiMock({
            entities: [userEntity('alice', ['group:default/team-a'])],
          }),
        ],
        [
          configApiRef,
          mockApis.config({
            data: {
              app: { baseUrl: 'http://localhost' },
              backend: { baseUrl: TEST_BACKEND },
            },
          }),
        ],
        ...pluginApis(),
      ]}
    >
      <MyAccessDataProvider>
        <DoctorCardBase now={() => NOW} />
      </MyAccessDataProvider>
    </TestApiProvider>,
  );
}

async function download(name: 'Download JSON' | 'Download Markdown') {
  const blobs: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      return 'blob:bundle';
    },
    revokeObjectURL: () => {},
  });
  const click = jest
    .spyOn(HTMLAnchorElement.prototype, 'click')
    .mockImplementation(() => {});
  await userEvent.click(screen.getByRole('button', { name }));
  click.mockRestore();
  return blobs[0].text();
}

describe('the support bundle made by the doctor card', () => {
  it('holds what was pasted (never a pasted token), named group differences and when checks ran', async () => {
    const session = backstageToken({ issuedAt: NOW / 1000 - 60 });
    const pastedUip = 'cGFzdGVkX3VpcF9wcm9vZg';
    const pasted = backstageToken({
      issuedAt: NOW / 1000 - 7200,
      payload: { uip: pastedUip, sub: 'user:default/bob' },
    });
    const gitlab = 'glpat-Zq9_x';
    await renderDoctor(session);
    await screen.findByRole('list', { name: 'Checks' });

    // One box: a token first, then an error; each bundle holds what the
    // box held when it was made.
    const box = screen.getByRole('textbox', {
      name: 'Paste a token, an error or a response',
    });
    await userEvent.click(box);
    await userEvent.paste(`Bearer ${pasted}`);
    const tokenJson = await download('Download JSON');
    const tokenMd = await download('Download Markdown');
    await userEvent.clear(box);
    await userEvent.paste(
      `{"error":{"name":"AuthenticationError","message":"Missing credentials"},"request":{"url":"https://ci:${gitlab}@git.example/api"}}`,
    );

    const json = await download('Download JSON');
    const md = await download('Download Markdown');
    for (const out of [tokenJson, tokenMd, json, md]) {
      for (const secret of [
        session,
        ...session.split('.'),
        pasted,
        ...pasted.split('.'),
        pastedUip,
        gitlab,
        'dXNlci1pZGVudGl0eS1wcm9vZg',
      ]) {
        expect(out).not.toContain(secret);
      }
    }

    const tokenBundle = JSON.parse(tokenJson);
    expect(tokenBundle.pastedToken).toMatchObject({
      evaluatedAt: '2027-01-15T08:00:00.000Z',
      kind: 'backstage',
      claims: { sub: 'user:default/bob', uip: '[redacted]' },
    });
    expect(tokenBundle.pastedToken.checks).toContainEqual(
      expect.objectContaining({ id: 'exp', severity: 'problem' }),
    );
    expect(tokenBundle.pastedError).toBeUndefined();
    expect(tokenMd).toContain('## Pasted token');
    expect(tokenMd).toContain('user:default/bob');

    const bundle = JSON.parse(json);
    expect(bundle.pastedToken).toBeUndefined();
    expect(bundle.pastedError.text).toContain('Missing credentials');
    expect(bundle.pastedError.text).toContain(
      'https://[redacted]@git.example/api',
    );
    expect(bundle.pastedError.check.title).toMatch(/credentials|token/i);
    expect(bundle.checks).toContainEqual(
      expect.objectContaining({
        id: 'exp',
        evaluatedAt: '2027-01-15T08:00:00.000Z',
      }),
    );
    expect(bundle.groups.differences).toContainEqual(
      expect.objectContaining({
        ref: 'group:default/left-team',
        inIdentity: true,
        inUserinfo: false,
      }),
    );
    expect(md).toContain('## Pasted error');
    expect(md).toContain('group:default/left-team');
  }, 30_000);
});
