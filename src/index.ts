/**
 * Access Inspector: a sign-in page that explains failures, a My Access page
 * and a token-expiry banner, for the legacy frontend system. The new frontend
 * system's plugin and sign-in module are in `./alpha`; the types, refs and
 * cards here serve both.
 *
 * @packageDocumentation
 */
export { accessInspectorPlugin, MyAccessPage } from './plugin';
export { rootRouteRef } from './routes';
export type { MyAccessPageProps } from './components/MyAccessPage';
export {
  AccessInspectorSignInPage,
  type AccessInspectorSignInOptions,
  type AccessInspectorSignInPageProps,
} from './components/SignInPage';
export type { SignInProviderOption } from './lib/providers';
export {
  TokenExpiryBanner,
  type TokenExpiryBannerProps,
} from './components/TokenExpiryBanner';
export { BackstageTokenCard } from './components/BackstageTokenCard';
export { GroupsCard } from './components/GroupsCard';
export {
  ProviderSessionsCard,
  type ProviderSessionsCardProps,
} from './components/ProviderSessionsCard';
export { PermissionsCard } from './components/PermissionsCard';
export { DoctorCard } from './components/DoctorCard';
export {
  accessInspectorBannerTranslationRef,
  accessInspectorSignInTranslationRef,
  accessInspectorTranslationRef,
} from './translation';
export {
  userinfoApiRef,
  type UserinfoApi,
  type UserinfoResponse,
} from './api/UserinfoApi';
export {
  permissionMetadataApiRef,
  type PermissionMetadataApi,
  type PermissionMetadataResult,
} from './api/PermissionMetadataApi';
