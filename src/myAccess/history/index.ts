export { AccessChangesSection, describeChange } from './AccessChangesSection';
export {
  AccessHistoryProvider,
  useAccessHistory,
  useLatestAccessHistory,
} from './useAccessHistory';
export { accessHistoryApiRef, type AccessHistoryApi } from './AccessHistoryApi';
