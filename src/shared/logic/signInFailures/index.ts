export {
  defaultSignInText,
  type SignInFinding,
  type SignInFindingId,
} from './findings';
export {
  classifySignInFailure,
  describeSignInError,
  isNetworkFailure,
  noAnswerFinding,
  redirectErrorFinding,
  sessionNotRestoredFinding,
  type SignInFailure,
  type SignInFailureContext,
} from './classifySignInFailure';
export {
  backendLacksProvider,
  checkAppOrigin,
  classifyProviderProbe,
  PROVIDER_LACK_FINDINGS,
  providerConfigFindings,
  readProviderLack,
  summarizeProviderProbes,
  unavailableProviderFinding,
  type AuthProviderProbe,
  type BackendProviderStatus,
  type ProbedProvider,
  type ProviderLack,
} from './checks';
