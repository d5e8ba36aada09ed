// Pure logic of the page that several cards read: the membership walk and
// ownership comparison (groups card, doctor, bundle), the agents' config and
// sign-in reading (agents card, doctor), and what the permissions section
// hands to the bundle. It imports no card.
export {
  isSecretKey,
  redactString,
  redactText,
  redactValue,
  REDACTED,
  tokenSecrets,
} from '../../shared/logic/redact';
export {
  directGroupRefs,
  loadMembership,
  MAX_REFS_PER_CALL,
  parentGroupRefs,
  type CatalogGroup,
  type CatalogMembership,
  type MembershipCatalog,
} from './loadMembership';
export {
  compareOwnership,
  type OwnershipComparison,
  type OwnershipRow,
  type OwnershipSource,
} from './compareOwnership';
export {
  MAX_GROUP_DIFFERENCES,
  summarizeGroups,
  type GroupDifference,
  type GroupsSummary,
} from './summarizeGroups';
export type { PermissionSummary } from './permissionSummary';
export {
  DEFAULT_AGENT_PLUGINS,
  MCP_PLUGIN_ID,
  readAgentsConfig,
  type AgentsConfig,
} from './agentsConfig';
export {
  agentsCanSignIn,
  readAgentSignIn,
  type AgentSignIn,
} from './agentSignIn';
