import { startApp, type TestApp } from './app';
import { perTest } from './per-test';
import { seedPortfolio, type SeededPortfolio } from './seed';

/**
 * A fresh app for each test of the enclosing describe block, closed after it (with any console
 * spies restored). The handle stays the same across tests and always reaches the current app.
 */
export function useApp(): TestApp {
  afterEach(() => jest.restoreAllMocks());
  const app = perTest(startApp, (made) => made.close());
  return {
    get rt() {
      return app().rt;
    },
    callAs: (user, moduleKey, key, payload, subject) => app().callAs(user, moduleKey, key, payload, subject),
    callRaw: (user, moduleKey, key, payload, subject) =>
      app().callRaw(user, moduleKey, key, payload, subject),
    jiraRequestsDuring: (run) => app().jiraRequestsDuring(run),
    close: () => app().close(),
  };
}

/**
 * Seeds `seedPortfolio` into `app` before each test of the enclosing describe block (after the
 * app itself is started). The handle reads the current test's portfolio.
 */
export function useSeededPortfolio(app: TestApp): SeededPortfolio {
  const seeded = perTest(() => seedPortfolio(app));
  return {
    get markets() {
      return seeded().markets;
    },
    get priorities() {
      return seeded().priorities;
    },
    get solutions() {
      return seeded().solutions;
    },
    get epics() {
      return seeded().epics;
    },
    get contributions() {
      return seeded().contributions;
    },
  };
}
