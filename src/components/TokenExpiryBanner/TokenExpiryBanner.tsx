import type { ApiRef, BackstageIdentityApi } from '@backstage/core-plugin-api';
import { useSessionExpiry } from '../../hooks/useSessionExpiry';
import type { WakeEvent } from '../../lib/expiry';
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
  /** Called on every timer wake-up: lets a benchmark count them. */
  onWake?: (event: WakeEvent) => void;
};

/**
 * Warns before the Backstage session lapses. Place it once at the app root.
 *
 * @public
 */
export function TokenExpiryBanner(props: TokenExpiryBannerProps) {
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
