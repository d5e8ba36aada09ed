// Moved to src/shared/logic/describeError.ts; this path re-exports it until
// the permissions card imports it from there.
export {
  describeError as describeFailure,
  type ErrorDescription as FailureDescription,
} from '../../../shared/logic/describeError';
