export { startApp, extensionFor, MODULES, type ModuleKey, type Subject, type TestApp } from './app';
export { expectNoLeak } from './leaks';
export { captureOperatorLogs } from './logs';
export { seedPortfolio, hiddenFrom, type SeededPortfolio } from './seed';
export { useApp, useSeededPortfolio } from './use-app';
export { perTest } from './per-test';
export { epicsOf, projectByKey, securedEpic, snapshotOf } from './site';
export { DEMO_USERS, type DemoUserRole } from '../../local/demo';
