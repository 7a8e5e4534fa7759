export type { Subject, TestApp } from './app';
export { expectNoLeak } from './leaks';
export { captureOperatorLogs } from './logs';
export { seedPortfolio, hiddenFrom, type SeededPortfolio } from './seed';
export { useApp, useSeededPortfolio } from './use-app';
export { epicsOf, securedEpic } from './site';
export type { DemoUserRole } from '../../local/demo';
