export {
  isSecretKey,
  redactString,
  redactText,
  redactValue,
  REDACTED,
  tokenSecrets,
} from './redact';
export {
  buildSupportBundle,
  formatBundleJson,
  formatBundleMarkdown,
  type GroupsSummary,
  type PermissionSummary,
  type SupportBundle,
  type SupportBundleInput,
} from './supportBundle';
