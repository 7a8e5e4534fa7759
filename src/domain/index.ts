/** The domain: entity rules and insights as pure functions. Imports nothing of ours but ../contract. */
export * from './balance';
export * from './diff';
export * from './gaps';
export * from './ids';
export * from './investment';
export * from './matrix';
export * from './narrative';
export * from './order';
export * from './ranking';
export * from './read-model';
export * from './readiness';
export * from './references';
export * from './rules';
export * from './types';
export * from './cascade';
export * from './coverage';
export * from './epic-layer';
