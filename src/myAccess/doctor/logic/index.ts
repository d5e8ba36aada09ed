export {
  defaultDoctorText,
  type DoctorFinding,
  type DoctorFindingId,
  type DoctorText,
} from './findings';
export {
  describePluginUse,
  findPluginUse,
  pluginsNamedInText,
  readAppPluginSignals,
  type AppPluginSignals,
  type PluginUse,
} from './pluginUse';
export {
  checkTokenIdentity,
  checkTokenLength,
  checkTokenTimes,
  CLOCK_SKEW_TOLERANCE_SECONDS,
  DEFAULT_EXPIRING_SOON_SECONDS,
  diagnoseBackstageToken,
  formatDuration,
  MAX_TOKEN_LENGTH,
  reconcileIssuer,
  type TokenCheckInput,
} from './tokenChecks';
export {
  checkEnvironment,
  siteOf,
  type EnvironmentCheckInput,
} from './environmentChecks';
export {
  checkTokenInjection,
  createTokenInjectionMatcher,
  readTokenInjectionConfig,
  tokenInjectionTargets,
  type TokenInjectionConfig,
} from './tokenInjection';
export {
  explainBackstageError,
  explainErrorBody,
  explainPastedText,
  readBackstageErrorBody,
  readPastedText,
  type BackstageErrorBody,
  type PastedKind,
  type PastedText,
  type SignInExplanation,
} from './errorBodies';
export {
  applyPastedError,
  checkClockSkew,
  classifyCookieProbe,
  classifyPluginProbe,
  PLUGIN_PROBE_PATH,
  type PluginProbe,
  type ProbeOutcome,
} from './probes';
export {
  cookieProbePlugins,
  readProbePlugins,
  DEFAULT_PROBE_PLUGINS,
} from './probePlugins';
export { diagnosePastedToken, type PastedTokenDiagnosis } from './pastedToken';
export {
  checkProxiedProvider,
  type ProxiedCheckInput,
  type ProxiedProbeResult,
} from './proxiedChecks';
export {
  agentsDoors,
  findOpenDoors,
  guestDoor,
  isOpenDoor,
  permissionsDoor,
  proxiedDoor,
  type OpenDoorsInput,
  type ProxiedDoorObservation,
} from './openDoors';
export {
  bundleSecrets,
  buildSupportBundle,
  formatBundleJson,
  formatBundleMarkdown,
  type PastedErrorInput,
  type PastedTokenInput,
  type PermissionSummary,
  type SupportBundle,
  type SupportBundleCheck,
  type SupportBundleExtras,
  type SupportBundleInput,
} from './supportBundle';
export {
  explainPasted,
  pastedForBundle,
  type PastedExplanation,
} from './explainPasted';
export type { DoctorEnvironment } from './environment';
export { probeFindings, type ProbeResult } from './probeFindings';
