export {
  TokenExpiryBanner,
  TokenExpiryBannerBase,
  type TokenExpiryBannerBaseProps,
  type TokenExpiryBannerProps,
} from './TokenExpiryBanner';
export {
  TokenExpiryBannerView,
  type TokenExpiryBannerViewProps,
} from './TokenExpiryBannerView';
export type {
  ExpiryCountdown,
  ExpiryView,
  RefreshFailureReason,
  WakeEvent,
} from './logic';
