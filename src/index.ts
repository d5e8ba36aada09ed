/**
 * Access Inspector: a sign-in page that explains failures, a My Access page
 * and a token-expiry banner, for the legacy frontend system. The new frontend
 * system's plugin and sign-in module are in `./alpha`; the types, refs and
 * cards here serve both.
 *
 * @packageDocumentation
 */
export {
  accessInspectorPlugin,
  MyAccessPage,
  BackstageTokenCard,
  GroupsCard,
  ProviderSessionsCard,
  PermissionsCard,
  DoctorCard,
} from './plugin';
export { rootRouteRef } from './routes';
export type { MyAccessPageProps } from './myAccess';
export {
  AccessInspectorSignInPage,
  type AccessInspectorSignInOptions,
  type AccessInspectorSignInPageProps,
} from './signIn';
export type { SignInProviderOption } from './shared/providers';
export { TokenExpiryBanner, type TokenExpiryBannerProps } from './banner';
export type { ProviderSessionsCardProps } from './myAccess/sessions';
export { accessInspectorTranslationRef } from './myAccess/translation';
export { accessInspectorSignInTranslationRef } from './shared/translations/signInTranslationRef';
export { accessInspectorSignInHelpTranslationRef } from './shared/translations/signInHelpTranslationRef';
export { userinfoApiRef, type UserinfoApi } from './myAccess/data/UserinfoApi';
export {
  permissionMetadataApiRef,
  type PermissionMetadataApi,
} from './myAccess/data/PermissionMetadataApi';
export { probeApiRef, type ProbeApi } from './myAccess/doctor/ProbeApi';
export {
  sessionTimelineApiRef,
  type SessionTimelineApi,
} from './shared/timeline/SessionTimelineApi';
