export {
  isSecretKey,
  redactString,
  redactText,
  redactValue,
  REDACTED,
  tokenSecrets,
} from '../../shared/logic/redact';
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
  MAX_GROUP_DIFFERENCES,
  summarizeGroups,
  type GroupDifference,
  type GroupsSummary,
} from '../groups/logic/summarizeGroups';
export { describePasted } from './describePasted';
// The agents card and the doctor's open doors read the same discovery document.
export { readAgentSignIn, type AgentSignIn } from '../agents/logic/agentSignIn';
