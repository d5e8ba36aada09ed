export {
  ACTIONS_PATH,
  parseActionList,
  readActionAttributes,
  summarizeDescription,
  UnreadableAnswerError,
  SUMMARY_MAX_CHARS,
  type ActionAttributes,
  type AgentAction,
} from './actions';
export {
  agentsCanSignIn,
  readAgentSignIn,
  type AgentSignIn,
} from '../../logic/agentSignIn';
export {
  configFinding,
  countActions,
  defaultAgentsText,
  failedListing,
  mcpFinding,
  mcpUnresolvedFinding,
  nothingInstalledFinding,
  pluginActionsFinding,
  signInFindings,
  type AgentFindingId,
  type PluginActions,
  type SignInResult,
} from './agentFindings';
export {
  DEFAULT_AGENT_PLUGINS,
  readAgentsConfig,
  type AgentsConfig,
} from '../../logic/agentsConfig';
export {
  backendBaseUrlOf,
  cliLoginCommand,
  MCP_PATH,
  MCP_PING_BODY,
  MCP_PLUGIN_ID,
  mcpClientConfig,
  mcpServerState,
  type McpServerProbe,
  type McpServerState,
} from './mcp';
export {
  ACCESS_RESTRICTIONS_SNIPPET,
  ACTION_FILTERS_SNIPPET,
  VISIBILITY_PERMISSION_SNIPPET,
} from './snippets';
