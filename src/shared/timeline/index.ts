export {
  clearSessionEvents,
  getSessionEvents,
  MAX_SESSION_EVENTS,
  recordSessionEvent,
  subscribeSessionEvents,
  type SessionEvent,
  type SessionEventType,
} from './sessionTimeline';
