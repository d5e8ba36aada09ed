export {
  directGroupRefs,
  loadMembership,
  MAX_REFS_PER_CALL,
  parentGroupRefs,
  type CatalogGroup,
  type CatalogMembership,
  type MembershipCatalog,
} from '../../logic/loadMembership';
export {
  compareOwnership,
  type OwnershipComparison,
  type OwnershipRow,
  type OwnershipSource,
} from '../../logic/compareOwnership';
export {
  defaultGroupsText,
  groupFindings,
  type GroupFindingId,
} from './groupFindings';
export {
  DEFAULT_GROUP_ID_ANNOTATION,
  DEFAULT_GROUPS_CLAIMS,
  candidateRefs,
  mapGroupsClaim,
  readGroupsClaim,
  type ClaimCandidateGroup,
  type ClaimedGroup,
  type GroupsClaimOptions,
  type GroupsClaimReading,
  type MembershipAssertion,
} from './groupsClaim';
export {
  loadClaimCandidates,
  type ClaimCandidateCatalog,
} from './loadClaimCandidates';
export {
  groupsClaimFindings,
  type GroupsClaimContext,
} from './groupsClaimFindings';
