export {
  builtInSignInProviders,
  isBuiltInSignInProviderId,
  type BuiltInSignInProvider,
  type BuiltInSignInProviderId,
  type SignInAuthApi,
  type SignInProviderKind,
} from './builtInProviders';
export {
  resolveSignInProviders,
  type ResolvedSignInProvider,
  type ResolvedSignInProviders,
  type SignInProviderOption,
  type SignInProviderUnavailableReason,
} from './resolveSignInProviders';
export { providerCallbackUrl } from './callbackUrl';
