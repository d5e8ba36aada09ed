export {
  sessionTimelineApiRef,
  type SessionEvent,
  type SessionEventType,
  type SessionTimelineApi,
} from './SessionTimelineApi';
export {
  InMemorySessionTimeline,
  MAX_SESSION_EVENTS,
} from './InMemorySessionTimeline';
export { useSessionTimeline } from './useSessionTimeline';
