export { MyAccessSummary } from './MyAccessSummary';
