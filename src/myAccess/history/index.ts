export {
  AccessChangesSection,
  CARD_ANCHORS,
  describeChange,
} from './AccessChangesSection';
export {
  AccessHistoryProvider,
  useAccessHistory,
  useReportAccess,
} from './useAccessHistory';
export { accessHistoryApiRef, type AccessHistoryApi } from './AccessHistoryApi';
