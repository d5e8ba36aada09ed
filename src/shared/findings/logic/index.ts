export {
  countFindings,
  createFindingBuilder,
  FINDING_SEVERITIES,
  findingFromMessages,
  formatFinding,
  sortFindings,
  type Finding,
  type FindingEvidence,
  type FindingSeverity,
  type FindingText,
} from './finding';
export { createFindingText } from './findingText';
