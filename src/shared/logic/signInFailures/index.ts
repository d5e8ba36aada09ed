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
  providerConfigFindings,
  summarizeProviderProbes,
  unavailableProviderFinding,
  type AuthProviderProbe,
  type BackendProviderStatus,
  type ProbedProvider,
} from './checks';
