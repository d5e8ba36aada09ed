import type {
  BackstageUserIdentity,
  IdentityApi,
  ProfileInfo,
} from '@backstage/core-plugin-api';

/**
 * The localStorage key under which the page remembers the last provider.
 * Only the provider id is stored, never a token. Plain localStorage, because
 * the storage API may depend on the identity API that does not exist yet.
 */
export const REMEMBERED_PROVIDER_KEY =
  'backstage-plugin-access-inspector:signIn:provider';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (privacy mode, sandboxed iframes): then the
    // page just forgets, it must not fail.
    return undefined;
  }
}

export function readRememberedProvider(): string | undefined {
  try {
    return storage()?.getItem(REMEMBERED_PROVIDER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberProvider(providerId: string): void {
  try {
    storage()?.setItem(REMEMBERED_PROVIDER_KEY, providerId);
  } catch {
    // see storage()
  }
}

export function forgetProvider(): void {
  try {
    storage()?.removeItem(REMEMBERED_PROVIDER_KEY);
  } catch {
    // see storage()
  }
}

type LegacyIdentityApi = IdentityApi & {
  getUserId?(): string;
  getIdToken?(): Promise<string | undefined>;
  getProfile?(): ProfileInfo;
};

/**
 * The identity handed to the app: delegates everything, and forgets the
 * remembered provider on sign-out so the next visit does not restore it.
 */
export class ForgetOnSignOutIdentity implements IdentityApi {
  private constructor(private readonly inner: LegacyIdentityApi) {}

  static wrap(inner: IdentityApi): IdentityApi {
    return new ForgetOnSignOutIdentity(inner);
  }

  // The deprecated synchronous methods are still called through the app's
  // identity proxy by older plugins, so they are forwarded when present.
  getUserId(): string {
    if (!this.inner.getUserId) {
      throw new Error('IdentityApi does not implement getUserId');
    }
    return this.inner.getUserId();
  }

  async getIdToken(): Promise<string | undefined> {
    return this.inner.getIdToken?.();
  }

  getProfile(): ProfileInfo {
    if (!this.inner.getProfile) {
      throw new Error('IdentityApi does not implement getProfile');
    }
    return this.inner.getProfile();
  }

  getProfileInfo(): Promise<ProfileInfo> {
    return this.inner.getProfileInfo();
  }

  getBackstageIdentity(): Promise<BackstageUserIdentity> {
    return this.inner.getBackstageIdentity();
  }

  getCredentials(): Promise<{ token?: string }> {
    return this.inner.getCredentials();
  }

  async signOut(): Promise<void> {
    forgetProvider();
    await this.inner.signOut();
  }
}
