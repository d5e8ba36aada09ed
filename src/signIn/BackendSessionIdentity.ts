import type {
  BackstageUserIdentity,
  DiscoveryApi,
  IdentityApi,
  ProfileInfo,
} from '@backstage/core-plugin-api';
import {
  fetchProxiedSession,
  type ProxiedSession,
} from '../shared/providers/proxiedSession';
import type { ResolvedSignInProvider } from '../shared/providers';
import { decodeToken } from '../shared/logic/token';

const REFRESH_MARGIN_MS = 5 * 60 * 1000;
const FALLBACK_LIFETIME_MS = 5 * 60 * 1000;

function refreshAfter(token: string): number {
  const decoded = decodeToken(token);
  const exp = decoded.ok ? decoded.token.payload.exp : undefined;
  return typeof exp === 'number'
    ? exp * 1000 - REFRESH_MARGIN_MS
    : Date.now() + FALLBACK_LIFETIME_MS;
}

/** Options of {@link BackendSessionIdentity.signIn}. */
export type BackendSessionOptions = {
  provider: Pick<ResolvedSignInProvider, 'id'> &
    Partial<Pick<ResolvedSignInProvider, 'headers' | 'signOutUrl'>>;
  discoveryApi: DiscoveryApi;
  /** `auth.environment`, passed as `env` (core's ProxiedSignInPage omits it). */
  environment?: string;
  /** Where sign-out sends the browser; a seam for tests. */
  navigate?: (url: string) => void;
};

/**
 * An identity whose session the auth backend hands out at
 * `GET <auth>/<id>/refresh` without a popup: the guest provider's, or a
 * proxied provider's (built from the proxy's headers). The Backstage token is
 * fetched again 5 minutes before it expires, as core's ProxiedSignInIdentity
 * does; unlike core, guest never falls back to the token-less legacy
 * frontend guest (whose every backend request fails with 401), `env` is
 * passed, and sign-out ends the Backstage session and then follows the
 * proxy's own sign-out (backstage/backstage#12016): without it the proxy's
 * session signs the user straight back in on the next load.
 */
export class BackendSessionIdentity implements IdentityApi {
  private session?: ProxiedSession & { refreshAfter: number };
  private pending?: Promise<ProxiedSession & { refreshAfter: number }>;
  private readonly abort = new AbortController();

  private constructor(private readonly options: BackendSessionOptions) {}

  /** Signs in; rejects with the backend's or the proxy's answer. */
  static async signIn(
    options: BackendSessionOptions,
  ): Promise<BackendSessionIdentity> {
    const identity = new BackendSessionIdentity(options);
    await identity.getSession();
    return identity;
  }

  async getProfileInfo(): Promise<ProfileInfo> {
    return (await this.getSession()).profile;
  }

  async getBackstageIdentity(): Promise<BackstageUserIdentity> {
    return (await this.getSession()).backstageIdentity.identity;
  }

  async getCredentials(): Promise<{ token?: string }> {
    return { token: (await this.getSession()).backstageIdentity.token };
  }

  async signOut(): Promise<void> {
    this.abort.abort();
    this.session = undefined;
    const { signOutUrl } = this.options.provider;
    if (!signOutUrl) return;
    const navigate =
      this.options.navigate ?? ((url: string) => window.location.assign(url));
    navigate(signOutUrl);
    // The app's identity proxy navigates to its own sign-out target once
    // this resolves, which would cancel the proxy's sign-out: the page is
    // leaving, so this never resolves.
    await new Promise<never>(() => {});
  }

  private async getSession() {
    if (this.session && Date.now() < this.session.refreshAfter) {
      return this.session;
    }
    if (!this.pending) {
      this.pending = this.fetchSession().finally(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  private async fetchSession() {
    const { discoveryApi, provider, environment } = this.options;
    const session = await fetchProxiedSession({
      authBaseUrl: await discoveryApi.getBaseUrl('auth'),
      providerId: provider.id,
      environment,
      headers: provider.headers,
      signal: this.abort.signal,
    });
    this.session = {
      ...session,
      refreshAfter: refreshAfter(session.backstageIdentity.token),
    };
    return this.session;
  }
}
