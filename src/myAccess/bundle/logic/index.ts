export * from './bundleSchema';
export * from './openBundle';
export * from './compareAccess';
