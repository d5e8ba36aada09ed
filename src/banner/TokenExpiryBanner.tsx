import type { ApiRef, BackstageIdentityApi } from '@backstage/core-plugin-api';
import { useSessionExpiry } from './useSessionExpiry';
import type { WakeEvent } from './logic';
import { TokenExpiryBannerView } from './TokenExpiryBannerView';

/**
 * Props of {@link TokenExpiryBanner}; all optional.
 *
 * @public
 */
export type TokenExpiryBannerProps = {
  /** Overrides config `accessInspector.banner.warnBeforeMinutes` (default 5). */
  warnBeforeMinutes?: number;
  /**
   * The auth API the user signed in with, when known; its session expiry is
   * used when it comes before the token's.
   */
  authApiRef?: ApiRef<BackstageIdentityApi>;
};

/** Props of {@link TokenExpiryBannerBase}: the public ones plus its seam. */
export type TokenExpiryBannerBaseProps = TokenExpiryBannerProps & {
  /** Called on every timer wake-up: lets tests and benchmarks count them. */
  onWake?: (event: WakeEvent) => void;
};

/** The banner with its instrumentation seam; the package exports {@link TokenExpiryBanner}. */
export function TokenExpiryBannerBase(props: TokenExpiryBannerBaseProps) {
  const { value, error, refresh, dismiss, signInAgain } =
    useSessionExpiry(props);
  return (
    <TokenExpiryBannerView
      view={value}
      onRefresh={refresh}
      onDismiss={dismiss}
      onSignInAgain={signInAgain}
      signOutError={error}
    />
  );
}

/**
 * Warns before the Backstage session lapses. Place it once at the app root.
 *
 * @public
 */
export function TokenExpiryBanner(props: TokenExpiryBannerProps) {
  return (
    <TokenExpiryBannerBase
      warnBeforeMinutes={props.warnBeforeMinutes}
      authApiRef={props.authApiRef}
    />
  );
}
