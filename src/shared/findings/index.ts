export { FindingBody, type FindingContent } from './FindingBody';
export { useFindingText } from './useFindingText';
