/**
 * Access Inspector: a sign-in page that explains failures, a My Access page
 * and a token-expiry banner, for the legacy frontend system.
 *
 * @packageDocumentation
 */
export { accessInspectorPlugin, MyAccessPage } from './plugin';
export { rootRouteRef } from './routes';
export { accessInspectorTranslationRef } from './translation';
export {
  AccessInspectorSignInPage,
  type AccessInspectorSignInPageProps,
} from './components/SignInPage';
export { TokenExpiryBanner } from './components/TokenExpiryBanner';
export {
  decodeToken,
  normalizeTokenInput,
  type DecodedToken,
  type JsonObject,
  type TokenDecodeError,
  type TokenDecodeErrorReason,
  type TokenDecodeResult,
} from './lib/token';
