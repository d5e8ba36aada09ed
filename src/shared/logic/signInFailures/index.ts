export {
  defaultSignInText,
  type SignInFinding,
  type SignInFindingId,
} from './findings';
export {
  classifySignInFailure,
  describeSignInError,
  isNetworkFailure,
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
export {
  noAnswerFinding,
  popupClosedFinding,
  readSignInWindowPage,
  signInWindowPageFinding,
  type SignInWindowPage,
  type SignInWindowReach,
} from './windowFindings';
export { explainSignInWindowText } from './windowText';
