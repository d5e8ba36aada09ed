export {
  AccessChangesSection,
  CARD_ANCHORS,
  describeChange,
} from './AccessChangesSection';
export {
  AccessHistoryProvider,
  useAccessHistory,
  useLatestAccessHistory,
} from './useAccessHistory';
export { accessHistoryApiRef, type AccessHistoryApi } from './AccessHistoryApi';
