/* eslint-disable jest/no-conditional-expect, jest/no-standalone-expect -- the table holds a different expectation per call and fault */
/**
 * Fault injection on the whole My Access page: every backend call the page
 * makes fails in every way a backend or network can fail, one at a time. The
 * other cards must still show their data, the failing card must name the
 * call and offer a retry, and no promise rejection may go unhandled.
 */
import { act, screen, within } from '@testing-library/react';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { MyAccessPage } from '../../src/myAccess';
import { groupEntity, userEntity } from '../builders/entities';
import { catalogMetadata } from '../builders/permissions';
import { TEST_BACKEND } from '../builders/tokens';
import { catalogHandlers } from '../msw/catalogHandlers';
import { defaultDoctorHandlers } from '../msw/doctorHandlers';
import { backstageError, userinfoHandler } from '../msw/handlers';
import {
  AUTHORIZE_URL,
  authorizeHandler,
  metadataHandler,
  metadataUrl,
} from '../msw/permissionHandlers';
import { setupMswServer } from '../msw/server';
import { realClientApis } from '../render/realClientApis';

const ALICE = 'user:default/alice';
const entities = [
  userEntity('alice', ['team-a']),
  groupEntity('team-a', 'engineering'),
  groupEntity('engineering'),
];

const { server } = setupMswServer(
  ...catalogHandlers(entities),
  userinfoHandler({ sub: ALICE, ent: [ALICE, 'group:default/team-a'] }),
  metadataHandler('catalog', catalogMetadata()),
  authorizeHandler(() => 'ALLOW'),
  ...defaultDoctorHandlers(),
);

// Whole-page renders on a shared, busy machine.
jest.setTimeout(30_000);

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const onWindowUnhandled = (event: PromiseRejectionEvent) =>
  unhandled.push(event.reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  window.addEventListener('unhandledrejection', onWindowUnhandled);
});
afterAll(async () => {
  // Give late rejections (e.g. a request answering after a timeout) a chance to surface.
  await new Promise(resolve => setTimeout(resolve, 50));
  process.off('unhandledRejection', onUnhandled);
  window.removeEventListener('unhandledrejection', onWindowUnhandled);
  expect(unhandled).toEqual([]);
});
afterEach(() => {
  jest.useRealTimers();
});

type Card = 'token' | 'groups' | 'permissions' | 'doctor';
type Call = {
  name: string;
  card: Card;
  method: 'get' | 'post';
  url: string;
};

const CALLS: Call[] = [
  {
    name: 'catalog by-name',
    card: 'groups',
    method: 'get',
    url: `${TEST_BACKEND}/api/catalog/entities/by-name/:kind/:namespace/:name`,
  },
  {
    name: 'catalog by-refs',
    card: 'groups',
    method: 'post',
    url: `${TEST_BACKEND}/api/catalog/entities/by-refs`,
  },
  {
    name: 'userinfo',
    card: 'groups',
    method: 'get',
    url: `${TEST_BACKEND}/api/auth/v1/userinfo`,
  },
  {
    name: 'permission metadata',
    card: 'permissions',
    method: 'get',
    url: metadataUrl('catalog'),
  },
  {
    name: 'authorize',
    card: 'permissions',
    method: 'post',
    url: AUTHORIZE_URL,
  },
  {
    name: 'doctor probe',
    card: 'doctor',
    method: 'get',
    url: `${TEST_BACKEND}/api/catalog/.backstage/auth/v1/cookie`,
  },
];

type Fault =
  401 | 403 | 404 | 500 | 'timeout' | 'malformed JSON' | 'network error';
const FAULTS: Fault[] = [
  401,
  403,
  404,
  500,
  'timeout',
  'malformed JSON',
  'network error',
];

function faultHandler(call: Call, fault: Fault): HttpHandler {
  return http[call.method](call.url, async () => {
    if (fault === 'timeout') {
      await delay('infinite');
      return HttpResponse.json({});
    }
    if (fault === 'malformed JSON') {
      return new HttpResponse('{"items": [{"kind": "Us', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }
    if (fault === 'network error') return HttpResponse.error();
    const name = {
      401: 'AuthenticationError',
      403: 'NotAllowedError',
      404: 'NotFoundError',
      500: 'Error',
    }[fault];
    return backstageError(fault, name, `injected ${fault}`);
  });
}

/** What the failing card must show: text naming the call, and the retry button (null: no retry expected). */
type Expectation = { names: RegExp; retry: RegExp | null };

const GROUPS_CALL: Record<string, RegExp> = {
  'catalog by-name': /Catalog: read your groups failed/,
  'catalog by-refs': /Catalog: read your groups failed/,
  userinfo: /Auth backend: GET \/v1\/userinfo failed/,
};

function expectationFor(call: Call, fault: Fault): Expectation | 'known gap' {
  if (call.card === 'groups') {
    // A 404 for the user entity is the catalog's answer "no such user", not a failure.
    if (call.name === 'catalog by-name' && fault === 404) {
      return {
        names: /is not in the catalog|not found in the catalog|No User entity/i,
        retry: null,
      };
    }
    return { names: GROUPS_CALL[call.name], retry: /^Retry$/ };
  }
  if (call.name === 'permission metadata') {
    if (fault === 404)
      return {
        names:
          /catalog: no permissions, or the plugin is not installed \(HTTP 404\)/,
        retry: null,
      };
    return {
      names:
        /Could not read the permissions of plugin catalog: GET …\/\.well-known\/backstage\/permissions\/metadata failed/,
      retry: /^Retry catalog$/,
    };
  }
  if (call.name === 'authorize') {
    return {
      names:
        /Could not check \d+ basic permissions: POST \/api\/permission\/authorize failed/,
      retry: /^Retry permission check$/,
    };
  }
  // The probe: its outcome is a finding naming the plugin; the retry is "Run the checks again".
  const title: Record<string, RegExp> = {
    401: /catalog: 401 injected 401/,
    403: /catalog: 403/,
    // A problem when the doctor sees the app use the plugin, information otherwise.
    404: /catalog: not installed (in the|on this) backend/,
    500: /catalog: the backend failed with 500/,
    'malformed JSON': /catalog: the plugin accepts your token/,
    'network error': /catalog: no answer/,
    timeout: /catalog: no answer/,
  };
  return { names: title[String(fault)], retry: /^Run the checks again$/ };
}

async function renderPage() {
  const apis = realClientApis({
    userEntityRef: ALICE,
    ownershipEntityRefs: [ALICE, 'group:default/team-a'],
    permissionPlugins: ['catalog'],
  });
  return renderInTestApp(
    <TestApiProvider apis={apis as any}>
      <MyAccessPage />
    </TestApiProvider>,
  );
}

/** The closest ancestor of `element` that also holds the card's title: its card. */
function cardAround(element: HTMLElement, title: string): HTMLElement {
  let node: HTMLElement | null = element;
  while (node && !node.textContent?.includes(title)) node = node.parentElement;
  if (!node)
    throw new Error(
      `"${element.textContent}" is not inside the card "${title}"`,
    );
  return node;
}

/** Waits until a card shows its data. */
const DATA: Record<Card, () => Promise<unknown>> = {
  token: () => screen.findByRole('table', { name: 'Claims' }),
  groups: () =>
    screen.findByRole('rowheader', { name: /group:default\/engineering/ }),
  permissions: async () => {
    const table = await screen.findByRole('table', { name: 'Permissions' });
    return within(table).findAllByText('ALLOW');
  },
  doctor: () =>
    screen
      .findByRole('status', { name: '' }, { timeout: 10_000 })
      .catch(() =>
        screen.findByText(/\d+ problems?, \d+ warnings?, \d+ passed/),
      ),
};

const CARD_TITLES: Record<Card, string> = {
  token: 'Backstage token',
  groups: 'Groups and ownership',
  permissions: 'My permissions',
  doctor: '401 doctor',
};

describe('My Access under injected faults', () => {
  it('renders every card with data when nothing fails (the baseline)', async () => {
    await renderPage();
    for (const card of Object.keys(DATA) as Card[]) await DATA[card]();
    expect(screen.queryByText(/failed/)).not.toBeInTheDocument();
  });

  const table = CALLS.flatMap(call =>
    FAULTS.map(fault => [call.name, String(fault), call, fault] as const),
  );

  it.each(table)('%s → %s', async (_callName, _faultName, call, fault) => {
    const expected = expectationFor(call, fault);
    if (fault === 'timeout')
      jest.useFakeTimers({
        doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'],
      });
    server.use(faultHandler(call, fault));
    await renderPage();

    for (const card of Object.keys(DATA) as Card[]) {
      if (card !== call.card) await DATA[card]();
    }
    if (fault === 'timeout') {
      // Past every client timeout (15 s), on the fake clock.
      await act(async () => {
        await jest.advanceTimersByTimeAsync(20_000);
      });
    }
    if (expected === 'known gap') {
      // No timeout bounds this call: the card keeps loading. Reported, not hidden.
      expect(screen.queryAllByRole('progressbar').length).toBeGreaterThan(0);
      return;
    }
    const named = await screen.findAllByText(
      expected.names,
      {},
      { timeout: 10_000 },
    );
    expect(named.length).toBeGreaterThan(0);
    if (expected.retry) {
      // The doctor's problems are also listed in the page's summary: the
      // retry sits in the card that names the failure.
      const retry = expected.retry;
      const withRetry = named.filter(
        element =>
          within(cardAround(element, CARD_TITLES[call.card])).queryAllByRole(
            'button',
            { name: retry },
          ).length > 0,
      );
      expect(withRetry.length).toBeGreaterThan(0);
    }
  });
});
