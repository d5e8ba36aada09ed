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
  type ProxiedRequestHeaders,
  type ResolvedSignInProviders,
  type SignInProviderOption,
  type SignInProviderUnavailableReason,
} from './resolveSignInProviders';
export { providerCallbackUrl } from './callbackUrl';
export {
  isProxiedProviderId,
  PROXIED_PROVIDERS,
  type ProxiedProviderFacts,
  type ProxiedProviderId,
} from './proxied';
