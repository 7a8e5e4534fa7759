import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEMO_APP, demoSite } from '../demo';
import { createEventsEmulator, type DeliverOptions, type JobPump } from '../events';
import { IssueEventQueue } from './issue-events';
import { createJiraSite } from '../jira';
import type { SiteData } from '../jira/site';
import { createKvsEmulator, entitiesFromManifest } from '../kvs';
import type { EmulatorResponse, JiraRequest } from '../types';
import { Clock } from './clock';
import { consumersOf } from './consumers';
import { Faults } from './faults';
import { installForgeGlobals, type AppIdentity } from './forge-globals';
import { HandlerInvoker, type ExtensionContext } from './invoker';
import type { Latency } from './latency';
import { appSearchModules, readManifest } from './manifest';

export type { ExtensionContext } from './invoker';
export type { DeliverOptions, JobPump } from '../events';
export { Clock } from './clock';
export { parseLatency } from './latency';

export interface LocalRuntimeOptions {
  /** Folder for the SQLite file; omitted = in memory (tests). */
  dataDir?: string;
  /** The Jira site; omitted = the demo site. */
  site?: SiteData;
  /** Where manifest.yml and src/ live; defaults to the repository root. */
  appRoot?: string;
  /**
   * The clock of the emulators (KVS timestamps and TTL, async event delays, retries, time limits).
   * Defaults to real time; tests pass `new Clock({ frozenAt })` and move it with `advance(ms)`.
   */
  clock?: Clock;
  /** Milliseconds added before each KVS / Jira answer (`{ kvs: 20, jira: 100 }`); none by default. */
  latency?: Latency;
  /** Async events: Forge's 500 events a minute per installation unless raised here; where failures are logged. */
  events?: { eventsPerMinute?: number; log?: (line: string) => void };
}

export type LocalRuntime = ReturnType<typeof createLocalRuntime>;

/**
 * The local Forge runtime: the real SDKs in this process talk to a KVS emulator on SQLite and
 * a Jira emulator, and handlers are invoked by their manifest keys with Forge's event shapes.
 */
export function createLocalRuntime(options: LocalRuntimeOptions = {}) {
  const appRoot = options.appRoot ?? resolve(__dirname, '../..');
  const manifest = readManifest(join(appRoot, 'manifest.yml'));
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const clock = options.clock ?? new Clock();
  const kvs = createKvsEmulator({
    filename: options.dataDir ? join(options.dataDir, 'kvs.sqlite') : ':memory:',
    entities: entitiesFromManifest(manifest.text),
    now: () => clock.now(),
  });
  const faults = new Faults();
  const app: AppIdentity = {
    appId: manifest.appId,
    environmentId: '00000000-0000-4000-8000-00000000e0c1',
    environmentType: 'DEVELOPMENT',
    installationId: '00000000-0000-4000-8000-0000000011a1',
    cloudId: '00000000-0000-4000-8000-00000000c10d',
    appVersion: '1.0.0',
  };
  // The site knows the installed app, so that its custom global permissions resolve.
  const baseSite = options.site ?? demoSite();
  const globalPermissionKeys = manifest.modules
    .filter((m) => m.type === 'jira:globalPermission')
    .map((m) => m.key);
  const site: SiteData = {
    ...baseSite,
    app: {
      ...(baseSite.app ?? DEMO_APP),
      appId: app.appId,
      environmentId: app.environmentId,
      globalPermissionKeys,
      ...appSearchModules(manifest),
    },
  };
  const jira = createJiraSite(site);
  const events = new IssueEventQueue(jira);
  const invoker = new HandlerInvoker(manifest, join(appRoot, 'src'), app);
  // Jira calls the app's JQL functions when a search needs a fragment it has not stored.
  jira.setJqlFunctionHost((moduleKey, event) => invoker.jqlFunction(moduleKey, event));
  const jobs = createEventsEmulator({
    consumers: consumersOf(manifest),
    clock,
    consume: (consumer, event, originId) => invoker.consume(consumer, event, originId),
    eventsPerMinute: options.events?.eventsPerMinute,
    log: options.events?.log,
    meter: () => ({ kvsRequests: kvs.operationCount, readUnits: kvs.readUnits, readBytes: kvs.readBytes }),
  });
  const pumps = new Set<JobPump>();
  const jiraTraffic: { request: JiraRequest; response: EmulatorResponse }[] = [];
  const uninstall = installForgeGlobals({
    kvs,
    jira,
    events: jobs,
    faults,
    app,
    latency: options.latency,
    onJiraExchange: (request, response) => jiraTraffic.push({ request, response }),
  });

  return {
    app,
    manifest,
    kvs,
    jira,
    site,
    faults,
    /** Every Jira request the app made, with the answer; contract tests validate them all. */
    jiraTraffic,
    /** What `invoke(key, payload)` from the Custom UI of `moduleKey` does, as `accountId`. */
    invoke: (
      moduleKey: string,
      key: string,
      payload: unknown,
      caller: { accountId: string; extension: ExtensionContext },
    ) => invoker.resolve(moduleKey, key, payload, caller),
    /** Delivers a Jira event (e.g. `avi:jira:updated:issue`) to the triggers subscribed to it. */
    fire: (eventType: string, event: Record<string, unknown>) => invoker.fire(eventType, event),
    /**
     * Jira events raised by changes to the site (`rt.jira.updateIssue(...)`), not yet delivered.
     * Forge delivers events asynchronously; tests deliver them when they choose.
     */
    pendingEvents: () => events.pending(),
    deliverEvents: () => events.deliver((type, event) => invoker.fire(type, event)),
    /** Runs a scheduledTrigger once. */
    schedule: (moduleKey: string) => invoker.schedule(moduleKey),
    /** The emulators' clock: `rt.clock.advance(ms)` moves time forward for all of them. */
    clock,
    /**
     * Delivers the async events (`@forge/events` pushes) due now to their consumer modules, and the
     * events those consumers push, until none is due; `{ fastForward: true }` also moves the clock
     * to each delayed event and retry until no event waits. Resolves to what happened.
     */
    deliverJobs: (deliverOptions?: DeliverOptions) => jobs.deliver(deliverOptions),
    /** The async events waiting for delivery (delayed, queued, or waiting for a retry), soonest first. */
    pendingJobs: () => jobs.pending(),
    /** Delivers async events in the background as they fall due (the `npm start` host); `stop()` ends it. */
    startJobPump: () => {
      const pump = jobs.startPump();
      pumps.add(pump);
      return {
        stop: () => {
          pumps.delete(pump);
          return pump.stop();
        },
      };
    },
    close: () => {
      for (const pump of pumps) void pump.stop();
      events.close();
      uninstall();
      kvs.close();
    },
  };
}
