export { CallErrorPanel, type CallErrorPanelProps } from './CallErrorPanel';
