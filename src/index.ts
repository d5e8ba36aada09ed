/**
 * Access Inspector: a sign-in page that explains failures, a My Access page
 * and a token-expiry banner, for the legacy frontend system.
 *
 * @packageDocumentation
 */
export { accessInspectorPlugin, MyAccessPage } from './plugin';
export { rootRouteRef } from './routes';
export {
  accessInspectorBannerTranslationRef,
  accessInspectorSignInTranslationRef,
  accessInspectorTranslationRef,
} from './translation';
export {
  AccessInspectorSignInPage,
  type AccessInspectorSignInOptions,
  type AccessInspectorSignInPageProps,
} from './components/SignInPage';
export {
  builtInSignInProviders,
  providerCallbackUrl,
  type BuiltInSignInProvider,
  type BuiltInSignInProviderId,
  type SignInAuthApi,
  type SignInProviderKind,
  type SignInProviderOption,
} from './lib/providers';
export {
  classifySignInFailure,
  describeSignInError,
  type SignInEvidence,
  type SignInFailure,
  type SignInFailureContext,
  type SignInFinding,
  type SignInFindingId,
  type SignInFindingSeverity,
  type SignInText,
} from './lib/signIn';
export {
  TokenExpiryBanner,
  TokenExpiryBannerView,
  type TokenExpiryBannerProps,
  type TokenExpiryBannerViewProps,
  type ExpiryCountdown,
  type ExpiryView,
  type RefreshFailureReason,
  type WakeEvent,
} from './components/TokenExpiryBanner';
export {
  decodeToken,
  normalizeTokenInput,
  type DecodedToken,
  type JsonObject,
  type TokenDecodeError,
  type TokenDecodeErrorReason,
  type TokenDecodeResult,
} from './lib/token';
export type { MyAccessPageProps } from './components/MyAccessPage';
export { BackstageTokenCard } from './components/BackstageTokenCard';
export { GroupsCard } from './components/GroupsCard';
export {
  ProviderSessionsCard,
  type ProviderSessionsCardProps,
} from './components/ProviderSessionsCard';
export { PermissionsCard } from './components/PermissionsCard';
export { DoctorCard } from './components/DoctorCard';
export {
  MyAccessDataProvider,
  useMyAccessData,
  type AsyncData,
  type MembershipData,
  type MyAccessData,
} from './hooks/useMyAccessData';
export {
  userinfoApiRef,
  type UserinfoApi,
  type UserinfoResponse,
} from './api/UserinfoApi';
export { UserinfoClient } from './api/UserinfoClient';
export {
  permissionMetadataApiRef,
  type PermissionMetadataApi,
} from './api/PermissionMetadataApi';
export { PermissionMetadataClient } from './api/PermissionMetadataClient';
export {
  recordSessionEvent,
  type SessionEvent,
  type SessionEventType,
} from './lib/timeline';
