export * from './bundleSchema';
export * from './openBundle';
export * from './compareAccess';
export { bundleSender, parseTime } from './bundleSender';
