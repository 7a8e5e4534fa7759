import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLocalRuntime, parseLatency } from '../runtime';
import { hostUsers } from './users';
import { startHost } from './start';
import { seedDemoPortfolio } from './seed';

/**
 * `npm start`: builds the UI (unless its bundles are newer than their sources), starts the local Forge runtime on the demo site with storage in
 * ./data, and serves the host page. Flags: --port N (default 3000, or $PORT), --reset (wipe
 * ./data and start again from the demo site), --empty (no demo markets, for a first-run look),
 * --latency kvs=20,jira=100 (wait that many ms before each KVS / Jira answer), --resource-port N
 * (the Custom UI resources' own origin; default: any free port).
 * Async events pushed by the app are delivered in the background (the job pump).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(`--${name}`);
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const appRoot = resolve(__dirname, '../..');
  const dataDir = resolve(value('data') ?? join(appRoot, 'data'));
  const port = Number(value('port') ?? process.env.PORT ?? 3000);
  const latency = flag('latency') ? parseLatency(value('latency') ?? '') : undefined;

  if (flag('reset')) {
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`Reset: removed ${dataDir}`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ui = require(join(appRoot, 'scripts/build-ui.js')) as {
    buildUi: () => Promise<string[]>;
    uiIsCurrent: () => boolean;
  };
  if (ui.uiIsCurrent()) console.log('The Custom UI bundles are current (static/*/build).');
  else {
    console.log('Building the Custom UI bundles…');
    await ui.buildUi();
  }

  const runtime = createLocalRuntime({
    appRoot,
    dataDir,
    latency,
    events: { log: (line) => console.warn(line) },
  });
  const jobPump = runtime.startJobPump();
  if (latency) console.log(`Latency: ${JSON.stringify(latency)} ms before each answer`);
  const users = hostUsers(runtime.site);
  if (!flag('empty')) await seedDemoPortfolio(runtime, dataDir);

  const resourcePort = Number(value('resource-port') ?? 0);
  const host = await startHost({
    runtime,
    appRoot,
    users,
    port,
    resourcePort,
    onCspReport: (r) =>
      console.warn(
        `CSP violation in the ${r.resource} frame: ${r.violatedDirective} blocked ${r.blockedUri}`,
      ),
  }).catch(async (error: NodeJS.ErrnoException & { port?: number }) => {
    if (error.code === 'EADDRINUSE') {
      const flagName = error.port === port ? 'port' : 'resource-port';
      console.error(
        `Port ${error.port} is already in use. Stop the other process, or choose another port: npm start -- --${flagName} ${(error.port ?? port) + 1}`,
      );
    } else {
      console.error(`Could not start the local host: ${error.message}`);
    }
    await jobPump.stop();
    runtime.close();
    process.exit(1);
  });
  const portOf = (url: string) => new URL(url).port;
  console.log(
    [
      '',
      'Market Layer is running on the local demo Jira site.',
      `  Open http://localhost:${portOf(host.url)}/`,
      `  Dashboard with the app's gadgets: http://localhost:${portOf(host.url)}/jira/dashboards/10000`,
      `  Custom UI frames: http://localhost:${portOf(host.resourceUrl)}/ (their own origin, under Forge's CSP)`,
      `  Data: ${dataDir} (npm start -- --reset starts again from the demo site)`,
      '',
    ].join('\n'),
  );
  const stop = async () => {
    await host.close();
    await jobPump.stop();
    runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
