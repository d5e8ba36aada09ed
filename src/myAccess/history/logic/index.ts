export * from './accessSnapshot';
export * from './diffAccess';
export * from './historyStore';
export * from './buildSnapshot';
