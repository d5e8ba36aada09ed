export { FindingList, FindingView } from './FindingView';
export { useFindingText } from './useFindingText';
