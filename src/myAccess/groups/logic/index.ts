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
  defaultGroupsText,
  groupFindings,
  type GroupFindingId,
} from './groupFindings';
