export {
  defaultSignInText,
  formatFinding,
  type SignInEvidence,
  type SignInFinding,
  type SignInFindingId,
  type SignInFindingSeverity,
  type SignInText,
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
