import type {
  BackstageUserIdentity,
  DiscoveryApi,
  IdentityApi,
  ProfileInfo,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { decodeToken } from '../shared/logic/token';

type GuestSession = {
  profile: ProfileInfo;
  token: string;
  identity: BackstageUserIdentity;
  /** Epoch ms after which the session is fetched again. */
  refreshAfter: number;
};

const REFRESH_MARGIN_MS = 5 * 60 * 1000;
const FALLBACK_LIFETIME_MS = 5 * 60 * 1000;

function parseSession(body: unknown): Omit<GuestSession, 'refreshAfter'> {
  const b = body as {
    profile?: ProfileInfo;
    backstageIdentity?: { token?: unknown; identity?: BackstageUserIdentity };
  };
  const token = b?.backstageIdentity?.token;
  const identity = b?.backstageIdentity?.identity;
  if (
    typeof token !== 'string' ||
    !identity ||
    typeof identity.userEntityRef !== 'string'
  ) {
    throw new Error(
      'The guest provider answered without a Backstage identity (backstageIdentity.token and identity are required)',
    );
  }
  return {
    token,
    profile: b.profile ?? {},
    identity: {
      type: 'user',
      userEntityRef: identity.userEntityRef,
      ownershipEntityRefs: identity.ownershipEntityRefs ?? [],
    },
  };
}

function refreshAfter(token: string): number {
  const decoded = decodeToken(token);
  const exp = decoded.ok ? decoded.token.payload.exp : undefined;
  return typeof exp === 'number'
    ? exp * 1000 - REFRESH_MARGIN_MS
    : Date.now() + FALLBACK_LIFETIME_MS;
}

/**
 * An identity backed by the auth backend's guest provider: a real Backstage
 * token from `GET <auth>/guest/refresh`, fetched again before it expires. This
 * is what core's SignInPage does through its internal ProxiedSignInIdentity;
 * unlike core, it never falls back to the token-less legacy frontend guest,
 * whose every backend request fails with 401.
 */
export class GuestBackendIdentity implements IdentityApi {
  private session?: GuestSession;
  private pending?: Promise<GuestSession>;
  private readonly abort = new AbortController();

  private constructor(private readonly discoveryApi: DiscoveryApi) {}

  /** Signs in as guest; rejects with the backend's error when it refuses. */
  static async signIn(discoveryApi: DiscoveryApi): Promise<IdentityApi> {
    const identity = new GuestBackendIdentity(discoveryApi);
    await identity.getSession();
    return identity;
  }

  async getProfileInfo(): Promise<ProfileInfo> {
    return (await this.getSession()).profile;
  }

  async getBackstageIdentity(): Promise<BackstageUserIdentity> {
    return (await this.getSession()).identity;
  }

  async getCredentials(): Promise<{ token?: string }> {
    return { token: (await this.getSession()).token };
  }

  async signOut(): Promise<void> {
    this.abort.abort();
    this.session = undefined;
  }

  private async getSession(): Promise<GuestSession> {
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

  private async fetchSession(): Promise<GuestSession> {
    const baseUrl = await this.discoveryApi.getBaseUrl('auth');
    // Plain fetch, as core's ProxiedSignInIdentity: fetchApi's token injection waits for the sign-in this call performs.
    const response = await fetch(`${baseUrl}/guest/refresh`, {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
      credentials: 'include',
      signal: this.abort.signal,
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    const parsed = parseSession(await response.json());
    this.session = { ...parsed, refreshAfter: refreshAfter(parsed.token) };
    return this.session;
  }
}
