export { AccessChangesSection, describeChange } from './AccessChangesSection';
export {
  AccessHistoryProvider,
  useAccessHistory,
  useLatestAccessHistory,
  useReportAccess,
} from './useAccessHistory';
export { accessHistoryApiRef, type AccessHistoryApi } from './AccessHistoryApi';
