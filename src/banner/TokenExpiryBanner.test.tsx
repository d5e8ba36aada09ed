import { Profiler } from 'react';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  configApiRef,
  identityApiRef,
  type IdentityApi,
} from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { backstageToken } from '../../test/builders/tokens';
import {
  InMemorySessionTimeline,
  sessionTimelineApiRef,
  type SessionTimelineApi,
} from '../shared/timeline';
import { createChannelBus } from './logic/__testUtils__';
import type { TabMessage } from './logic';
import { TokenExpiryBanner, TokenExpiryBannerBase } from './TokenExpiryBanner';

const NOW_S = 1_800_000_000;
const MINUTE = 60_000;

function tokenExpiringAt(exp: number) {
  return backstageToken({ issuedAt: exp - 3_600, lifetimeSeconds: 3_600 });
}

function identityWith(exp: number) {
  const credentials = jest.fn(async () => ({ token: tokenExpiringAt(exp) }));
  const signOut = jest.fn(async () => {});
  const api = {
    ...mockApis.identity(),
    getCredentials: credentials,
    signOut,
  } as IdentityApi;
  return { api, credentials, signOut };
}

async function renderBanner(
  identityApi: IdentityApi,
  config: object = {},
  props: Parameters<typeof TokenExpiryBanner>[0] = {},
  timeline: SessionTimelineApi = InMemorySessionTimeline.create(),
) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [identityApiRef, identityApi],
        [configApiRef, mockApis.config({ data: config })],
        [sessionTimelineApiRef, timeline],
      ]}
    >
      <TokenExpiryBanner {...props} />
    </TestApiProvider>,
  );
  await flush();
}

async function flush() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

async function advance(ms: number) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
  await flush();
}

/** Date jumps forward with no timer firing, like a laptop waking from sleep. */
async function sleepFor(ms: number) {
  jest.setSystemTime(Date.now() + ms);
  await flush();
}

async function showPage(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => state,
  });
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await flush();
}

function user() {
  return userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
}

const exp = NOW_S + 3_600;
const untilWarning = 3_600_000 - 5 * MINUTE;
/** Until the renewal window, in which Backstage renews when asked. */
const untilRenewable = 3_600_000 - 3 * MINUTE;

beforeEach(() => {
  // BroadcastChannel delivers messages as tasks; keep microtasks real.
  jest.useFakeTimers({ now: NOW_S * 1000, doNotFake: ['queueMicrotask'] });
});

afterEach(async () => {
  await showPage('visible');
  jest.useRealTimers();
});

describe('TokenExpiryBanner', () => {
  it('shows nothing far from expiry and warns politely five minutes before, with a live countdown', async () => {
    const { api } = identityWith(exp);
    await renderBanner(api);

    await advance(untilWarning - 1);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Refresh session' }),
    ).not.toBeInTheDocument();

    await advance(1);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(
      'Your Backstage session expires in 5 minutes.',
    );
    expect(within(status).getByRole('timer')).toHaveTextContent('5 minutes');
    // Backstage would hand back the same token now: no button that cannot work.
    expect(status).toHaveTextContent(
      'Backstage renews a session only in its last 3 minutes',
    );
    expect(
      within(status).queryByRole('button', { name: 'Refresh session' }),
    ).not.toBeInTheDocument();
    expect(
      within(status).getByRole('button', { name: 'Dismiss session warning' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await advance(MINUTE - 1);
    expect(screen.getByRole('timer')).toHaveTextContent('5 minutes');
    await advance(1);
    expect(screen.getByRole('timer')).toHaveTextContent('4 minutes');

    // The renewal window opens: the button appears, and it works.
    await advance(MINUTE - 1);
    expect(
      screen.queryByRole('button', { name: 'Refresh session' }),
    ).not.toBeInTheDocument();
    await advance(1);
    expect(screen.getByRole('timer')).toHaveTextContent('3 minutes');
    expect(
      screen.getByRole('button', { name: 'Refresh session' }),
    ).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Refresh it now to keep working without interruption.',
    );

    await advance(2 * MINUTE);
    expect(screen.getByRole('timer')).toHaveTextContent('60 seconds');
    await advance(59_000);
    expect(screen.getByRole('timer')).toHaveTextContent('1 second');
  });

  it('reads the threshold from config', async () => {
    const { api } = identityWith(exp);
    await renderBanner(api, {
      accessInspector: { banner: { warnBeforeMinutes: 10 } },
    });
    await advance(3_600_000 - 10 * MINUTE);
    expect(screen.getByRole('timer')).toHaveTextContent('10 minutes');
  });

  it('turns into an assertive alert at expiry that offers to sign in again', async () => {
    const { api, signOut } = identityWith(exp);
    await renderBanner(api);
    await advance(3_600_000 - 1);
    expect(screen.getByRole('timer')).toHaveTextContent('1 second');

    await advance(1);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Your Backstage session has expired.');
    expect(alert).toHaveTextContent('401');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Dismiss session warning' }),
    ).not.toBeInTheDocument();

    await user().click(
      within(alert).getByRole('button', { name: 'Sign in again' }),
    );
    expect(signOut).toHaveBeenCalledTimes(1);
  });

  it('writes the warning and the expiry into the session timeline, once each', async () => {
    const timeline = InMemorySessionTimeline.create();
    const { api } = identityWith(exp);
    await renderBanner(api, {}, {}, timeline);
    await advance(untilWarning - 1);
    expect(timeline.getEvents()).toEqual([]);

    await advance(1);
    await advance(2 * MINUTE);
    expect(timeline.getEvents().map(e => e.type)).toEqual(['expiry-warning']);

    await advance(3 * MINUTE);
    expect(timeline.getEvents().map(e => e.type)).toEqual([
      'expiry-warning',
      'expired',
    ]);
  });

  it('shows why signing out failed', async () => {
    const { api, signOut } = identityWith(exp);
    signOut.mockRejectedValue(new TypeError('Failed to fetch'));
    await renderBanner(api);
    await advance(3_600_000);
    await user().click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText(
        'Signing out failed: TypeError: Failed to fetch. Reload the page to sign in again.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Signing out failed');
  });

  it('catches up after a sleep: no timer fired, Date jumped, the page becomes visible', async () => {
    const { api, credentials } = identityWith(exp);
    await renderBanner(api);
    await showPage('hidden');

    await sleepFor(3_600_000 - 2 * MINUTE);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await showPage('visible');
    expect(screen.getByRole('timer')).toHaveTextContent('2 minutes');
    // Coming back re-reads the credentials (after the cross-tab jitter),
    // which lets Backstage refresh a token it considers close to expiry.
    await advance(1_000);
    expect(credentials).toHaveBeenCalledTimes(2);

    await sleepFor(10 * MINUTE);
    await showPage('visible');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your Backstage session has expired.',
    );
  });

  it('re-checks when the network comes back', async () => {
    const { api } = identityWith(exp);
    await renderBanner(api);
    await sleepFor(3_600_000 - 3 * MINUTE);
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    await flush();
    expect(screen.getByRole('timer')).toHaveTextContent('3 minutes');
  });

  it('a successful refresh hides the banner and moves the countdown to the new expiry', async () => {
    const { api, credentials } = identityWith(exp);
    await renderBanner(api);
    await advance(3_600_000 - 2 * MINUTE);
    credentials.mockResolvedValue({ token: tokenExpiringAt(exp + 3_600) });

    await user().click(screen.getByRole('button', { name: 'Refresh session' }));
    await advance(1_000);

    expect(credentials).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // The old expiry passes unnoticed; the new one warns on time.
    const untilNewWarning = () =>
      (exp + 3_600) * 1000 - 5 * MINUTE - Date.now();
    await advance(2 * MINUTE);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await advance(untilNewWarning() - 1);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await advance(1);
    expect(screen.getByRole('timer')).toHaveTextContent('5 minutes');
  });

  it('says so when Backstage kept the same token', async () => {
    const { api } = identityWith(exp);
    await renderBanner(api);
    await advance(untilRenewable);
    await user().click(screen.getByRole('button', { name: 'Refresh session' }));
    // Asked again once a second at the window's edge before giving up.
    for (let i = 0; i < 6; i++) await advance(1_000);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Backstage kept the current token',
    );
  });

  it('explains a refresh that could not reach Backstage and lets you try again', async () => {
    const { api, credentials } = identityWith(exp);
    await renderBanner(api);
    await advance(3_600_000 - 3 * MINUTE);
    const authConnectionError = new Error(
      'Auth refresh request failed, TypeError: Failed to fetch',
    );
    authConnectionError.name = 'AuthConnectionError';
    credentials.mockRejectedValueOnce(authConnectionError);

    await user().click(screen.getByRole('button', { name: 'Refresh session' }));
    await advance(1_000);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Your session could not be renewed.');
    expect(alert).toHaveTextContent('Check your network connection');
    expect(alert).toHaveTextContent(
      'The current token stays valid for 3 minutes.',
    );
    expect(alert).toHaveTextContent(
      'Details: AuthConnectionError: Auth refresh request failed, TypeError: Failed to fetch',
    );
    expect(
      within(alert).queryByRole('button', { name: 'Sign in again' }),
    ).not.toBeInTheDocument();

    credentials.mockResolvedValue({ token: tokenExpiringAt(exp + 3_600) });
    await user().click(
      within(alert).getByRole('button', { name: 'Try again' }),
    );
    await advance(1_000);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(credentials).toHaveBeenCalledTimes(3);
  });

  it('explains a rejected session and offers to sign in again', async () => {
    const { api, credentials, signOut } = identityWith(exp);
    await renderBanner(api);
    await advance(untilRenewable);
    const rejected = new Error(
      'Refresh failed; caused by InputError: Missing session cookie',
    );
    rejected.name = 'AuthenticationError';
    credentials.mockRejectedValueOnce(rejected);

    await user().click(screen.getByRole('button', { name: 'Refresh session' }));
    await advance(1_000);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Backstage refused to renew the session');
    expect(
      within(alert).queryByRole('button', { name: 'Try again' }),
    ).not.toBeInTheDocument();
    await user().click(
      within(alert).getByRole('button', { name: 'Sign in again' }),
    );
    expect(signOut).toHaveBeenCalledTimes(1);
  });

  it('can be dismissed with the keyboard, and still alerts at expiry', async () => {
    const { api } = identityWith(exp);
    await renderBanner(api);
    await advance(untilWarning);

    const u = user();
    screen.getByRole('button', { name: 'Dismiss session warning' }).focus();
    await u.keyboard('{Enter}');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await advance(5 * MINUTE - 1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await advance(1);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your Backstage session has expired.',
    );
  });

  it('refreshes from the keyboard', async () => {
    const { api, credentials } = identityWith(exp);
    await renderBanner(api);
    await advance(untilRenewable);
    credentials.mockResolvedValue({ token: tokenExpiringAt(exp + 3_600) });
    const u = user();
    await u.tab();
    expect(
      screen.getByRole('button', { name: 'Refresh session' }),
    ).toHaveFocus();
    await u.keyboard(' ');
    await advance(1_000);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('costs one wake-up far from expiry and re-renders only itself, only when the view changes', async () => {
    const { api } = identityWith(exp);
    const onWake = jest.fn();
    const bannerRenders = jest.fn();
    const appRenders = jest.fn();
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [identityApiRef, api],
          [configApiRef, mockApis.config()],
        ]}
      >
        <Profiler id="banner" onRender={bannerRenders}>
          <TokenExpiryBannerBase onWake={onWake} />
        </Profiler>
        <Profiler id="app" onRender={appRenders}>
          <p>The rest of the app</p>
        </Profiler>
      </TestApiProvider>,
    );
    await flush();
    const bannerAfterMount = bannerRenders.mock.calls.length;
    const appAfterMount = appRenders.mock.calls.length;

    await advance(untilWarning - 1);
    expect(onWake).not.toHaveBeenCalled();
    expect(bannerRenders).toHaveBeenCalledTimes(bannerAfterMount);

    await advance(1);
    expect(onWake).toHaveBeenCalledTimes(1);
    // Appearing mounts MUI buttons, which commit once more on their own.
    const bannerAfterWarning = bannerRenders.mock.calls.length;
    expect(bannerAfterWarning).toBeGreaterThan(bannerAfterMount);

    await advance(MINUTE - 1);
    expect(onWake).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(onWake).toHaveBeenCalledTimes(2);
    expect(bannerRenders).toHaveBeenCalledTimes(bannerAfterWarning + 1);
    expect(appRenders).toHaveBeenCalledTimes(appAfterMount);
  });

  it('shows nothing for a session without a token', async () => {
    const api = {
      ...mockApis.identity(),
      getCredentials: jest.fn(async () => ({})),
    } as IdentityApi;
    await renderBanner(api);
    await advance(10 * 3_600_000);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('TokenExpiryBanner in several tabs', () => {
  const original = (globalThis as { BroadcastChannel?: unknown })
    .BroadcastChannel;
  let bus: ReturnType<typeof createChannelBus>;

  beforeEach(() => {
    bus = createChannelBus();
    (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel = class {
      private readonly inner = bus.channel();
      constructor(readonly name: string) {}
      postMessage(message: TabMessage) {
        this.inner.postMessage(message);
      }
      addEventListener(type: 'message', l: (e: { data: unknown }) => void) {
        this.inner.addEventListener(type, l);
      }
      removeEventListener(type: 'message', l: (e: { data: unknown }) => void) {
        this.inner.removeEventListener(type, l);
      }
      close() {
        this.inner.close();
      }
    };
  });

  afterEach(() => {
    (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel = original;
  });

  it('hides the warning when another tab refreshed, without refreshing again', async () => {
    const { api, credentials } = identityWith(exp);
    await renderBanner(api);
    const otherTab = bus.channel();
    await advance(untilWarning);
    expect(screen.getByRole('status')).toBeInTheDocument();

    await act(async () => {
      otherTab.postMessage({
        type: 'session-refreshed',
        exp: exp + 3_600,
        tabId: 'other-tab',
      });
    });
    await flush();

    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(credentials).toHaveBeenCalledTimes(1);
  });

  it('tells other tabs the new expiry and never the token', async () => {
    const { api, credentials } = identityWith(exp);
    await renderBanner(api);
    await advance(untilRenewable);
    const newToken = tokenExpiringAt(exp + 3_600);
    credentials.mockResolvedValue({ token: newToken });

    await user().click(screen.getByRole('button', { name: 'Refresh session' }));
    await advance(1_000);

    expect(bus.sent).toEqual([
      { type: 'refresh-claim', tabId: expect.any(String) },
      {
        type: 'session-refreshed',
        exp: exp + 3_600,
        tabId: expect.any(String),
      },
    ]);
    expect(JSON.stringify(bus.sent)).not.toContain(newToken.split('.')[1]);
  });

  it('does not refresh while another tab has claimed the refresh', async () => {
    const { api, credentials } = identityWith(exp);
    await renderBanner(api);
    const otherTab = bus.channel();
    await advance(untilRenewable);

    await act(async () => {
      otherTab.postMessage({ type: 'refresh-claim', tabId: 'other-tab' });
    });
    await flush();
    await user().click(screen.getByRole('button', { name: 'Refresh session' }));
    await advance(1_000);
    expect(credentials).toHaveBeenCalledTimes(1);
    expect(
      screen.getByRole('button', { name: 'Refreshing session\u2026' }),
    ).toBeDisabled();

    await act(async () => {
      otherTab.postMessage({
        type: 'session-refreshed',
        exp: exp + 3_600,
        tabId: 'other-tab',
      });
    });
    await flush();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(credentials).toHaveBeenCalledTimes(1);
  });
});
