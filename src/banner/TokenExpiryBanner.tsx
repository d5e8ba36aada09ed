import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { ApiRef, BackstageIdentityApi } from '@backstage/core-plugin-api';
import { useSessionExpiry } from './useSessionExpiry';
import type { WakeEvent } from './logic';

// The view and its strings load when there is something to show: most page
// views never show the banner.
const TokenExpiryBannerView = lazy(() =>
  import('./TokenExpiryBannerView').then(m => ({
    default: m.TokenExpiryBannerView,
  })),
);

/**
 * When the view cannot be loaded (offline, a redeployed app), the session
 * still expires: say so plainly. The translated strings live in the chunk
 * that failed, so this one sentence is the only text the banner carries.
 */
class ViewNotLoaded extends Component<
  { children: ReactNode },
  { failed: boolean }
> {
  static getDerivedStateFromError() {
    return { failed: true };
  }

  state = { failed: false };

  render() {
    return this.state.failed ? (
      <div role="alert">
        Your Backstage session needs attention, but the session banner could not
        be loaded. Reload the page.
      </div>
    ) : (
      this.props.children
    );
  }
}

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
  if (value.kind === 'hidden') return null;
  return (
    <ViewNotLoaded>
      <Suspense fallback={null}>
        <TokenExpiryBannerView
          view={value}
          onRefresh={refresh}
          onDismiss={dismiss}
          onSignInAgain={signInAgain}
          signOutError={error}
        />
      </Suspense>
    </ViewNotLoaded>
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
