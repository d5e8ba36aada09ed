export { AccessChangesSection, CARD_ANCHORS } from './AccessChangesSection';
export {
  AccessHistoryProvider,
  useAccessHistory,
  useReportAccess,
} from './useAccessHistory';
export { accessHistoryApiRef, type AccessHistoryApi } from './AccessHistoryApi';
