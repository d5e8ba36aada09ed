export {
  computeExpiryView,
  countdownFor,
  expiryPhase,
  nextChangeAt,
  RENEWAL_WINDOW_MS,
  type ExpiryCountdown,
  type ExpiryInput,
  type ExpiryPhase,
  type ExpiryView,
  type RefreshFailureReason,
} from './expiryState';
export {
  createWakeScheduler,
  MAX_TIMER_DELAY_MS,
  systemClock,
  type ExpiryClock,
  type WakeEvent,
  type WakeScheduler,
} from './wakeScheduler';
export { classifyRefreshError, describeRefreshError } from './refreshErrors';
export {
  createTabCoordinator,
  TAB_CHANNEL_NAME,
  type BroadcastChannelLike,
  type ExclusiveResult,
  type LockManagerLike,
  type TabCoordinator,
  type TabCoordinatorOptions,
  type TabMessage,
} from './tabCoordinator';
export {
  createSessionExpiryTracker,
  type SessionExpiryTracker,
  type SessionExpiryTrackerOptions,
} from './sessionExpiryTracker';
export { bannerFinding, type BannerFindingId } from './bannerFinding';
