export {
  CallErrorPanel,
  describeCallError,
  type CallErrorPanelProps,
} from './CallErrorPanel';
