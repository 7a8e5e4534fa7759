export * from './api';
export * from './backup';
export * from './entities';
export * from './errors';
export * from './fields';
export * from './jobs';
export * from './summary';
export * from './views';
