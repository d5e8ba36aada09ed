export {
  PERMISSION_DECISIONS,
  type CatalogEntityState,
  type DecidedPermissionRow,
  type DefinitiveDecision,
  type PermissionDecision,
  type PermissionRow,
} from './types';
export { metadataToRows, parsePermissionMetadata } from './metadata';
export {
  planBasicBatch,
  planResourceBatch,
  summarizeResourceTypes,
  type AuthorizeBatchPlan,
  type BasicAuthorizeRequest,
  type ResourceAuthorizeRequest,
  type ResourceTypeSummary,
} from './batchPlan';
export {
  countDecisions,
  decideRows,
  EMPTY_DECISIONS,
  filterPermissionRows,
  type DecisionState,
  type PermissionRowFilter,
} from './decisions';
export {
  CATALOG_ENTITY_RESOURCE_TYPE,
  entityRefSearchQuery,
  normalizeResourceRef,
  type ResourceRefResult,
} from './resourceRef';
export {
  DEFAULT_PERMISSION_PLUGINS,
  isPermissionFrameworkEnabled,
  readPermissionPlugins,
  readPermissionSettings,
} from './config';
