export { FindingBody, type FindingContent } from './FindingBody';
