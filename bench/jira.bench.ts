import { generateSite, type SiteCounts } from '../local/demo';
import { createJiraSite, type JiraSite } from '../local/jira';
import { createLocalRuntime } from '../local/runtime';
import { runInInvocation } from '../local/runtime/invocation';
import { createJiraClient } from '../src/jira';
import { measure, once } from './harness';
import { childrenOf, epicsOf, PAGE } from './jira-search';
import { describeEndpoints, jiraCostOf } from './jira-traffic';
import { note, printGrowth, printTable } from './report';
import type { Suite } from './suite';

const FACTOR = 4;
const LARGE: SiteCounts = { projects: 20, epicsPerProject: 1_000, childrenPerEpic: 2 };
/** Same projects of 1,000 epics, 4× fewer of them: what grows is the site, not the project. */
const SMALL: SiteCounts = { ...LARGE, projects: LARGE.projects / FACTOR };
/** Snapshot refreshes timed through src/jira: 1,000 and 4× that (the 20k run would take ~25 s). */
const SNAPSHOT_EPICS = [1_000, 4_000];
/** Lowest tier of the app's Jira quota (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/). */
const HOURLY_POINTS = 65_000;

const epicCount = (c: SiteCounts) => c.projects * c.epicsPerProject;

export const jiraSuite: Suite = {
  name: 'jira',
  title: 'Jira emulator at scale (local/jira through jira.handle; src/jira request counts)',
  async run() {
    const small = await once(() => createJiraSite(generateSite(SMALL)));
    const largeSite = await once(() => generateSite(LARGE));
    const rt = createLocalRuntime({ site: largeSite.value });
    try {
      const large = rt.jira;
      note(
        `small site: ${epicCount(SMALL)} epics, ${SMALL.childrenPerEpic} children each (built in ${small.ms.toFixed(0)} ms)`,
      );
      note(
        `large site: ${epicCount(LARGE)} epics, ${LARGE.childrenPerEpic} children each (generated in ${largeSite.ms.toFixed(0)} ms)`,
      );
      const projectKey = large.projects[0].key;
      const parentIds = (jira: JiraSite) =>
        epicsOf(jira, projectKey, { cold: false })
          .slice(0, PAGE)
          .map((e) => e.id);
      const [smallParents, largeParents] = [parentIds(small.value), parentIds(large)];
      note(
        `project ${projectKey} has ${LARGE.epicsPerProject} epics on both sites; pages of ${PAGE}, as the portfolio lead`,
      );
      printGrowth(
        [
          {
            label: `all epics of ${projectKey}, every page, cold`,
            small: await measure('small', () => epicsOf(small.value, projectKey, { cold: true })),
            large: await measure('large', () => epicsOf(large, projectKey, { cold: true })),
          },
          {
            label: `first page only (${PAGE} epics), cold`,
            small: await measure('small', () =>
              epicsOf(small.value, projectKey, { cold: true, maxPages: 1 }),
            ),
            large: await measure('large', () => epicsOf(large, projectKey, { cold: true, maxPages: 1 })),
          },
          {
            label: `all epics of ${projectKey}, every page, warm`,
            small: await measure('small', () => epicsOf(small.value, projectKey, { cold: false })),
            large: await measure('large', () => epicsOf(large, projectKey, { cold: false })),
          },
          {
            label: `parent in (${PAGE} ids), every page`,
            small: await measure('small', () => childrenOf(small.value, smallParents)),
            large: await measure('large', () => childrenOf(large, largeParents)),
          },
        ],
        FACTOR,
        ['5k-epic site', '20k-epic site'],
      );
      note("Cold = every run evaluates the JQL; warm = the emulator's result cache serves the pages.");
      note('Both queries return the same issues on both sites, so a flat ratio means no site-wide scan;');
      note('about 4× means the query walks every issue of the site.');

      // The backend's own client, as the snapshot refresh runs it (as the app).
      const client = createJiraClient();
      const allEpicIds = large.projects.flatMap((p) =>
        epicsOf(large, p.key, { cold: false }).map((e) => e.id),
      );
      const asApp = <T>(work: () => Promise<T>) =>
        runInInvocation({ invocationId: 'bench', functionKey: 'bench', moduleKey: 'bench' }, work);
      const rows: string[][] = [];
      let pointsPerEpic = 0;
      for (const ids of SNAPSHOT_EPICS.map((n) => allEpicIds.slice(0, n))) {
        const run = await once(() => jiraCostOf(rt, () => asApp(() => client.snapshotsFor(ids, 'app'))));
        const { cost, value } = run.value;
        if (value.epics.size !== ids.length)
          throw new Error(`Expected ${ids.length} snapshots, got ${value.epics.size}`);
        const per1000 = (n: number) => ((n * 1000) / ids.length).toFixed(1);
        rows.push([
          String(ids.length),
          String(cost.requests),
          per1000(cost.requests),
          per1000(cost.points),
          `${run.ms.toFixed(0)} ms`,
        ]);
        if (ids.length === SNAPSHOT_EPICS[0]) note(`snapshotsFor(1,000 epics): ${describeEndpoints(cost)}`);
        pointsPerEpic = cost.points / ids.length;
      }
      printTable(
        ['snapshotsFor(ids, app)', 'requests', 'per 1,000 epics', 'points per 1,000', 'wall (once)'],
        rows,
      );
      const fullRefresh = Math.round(pointsPerEpic * epicCount(LARGE));
      note(
        `A refresh of all ${epicCount(LARGE)} epics would cost ~${fullRefresh} points, against ~${HOURLY_POINTS} points an hour`,
      );
      note('shared by all installations in the lowest tier: refresh on events, not all at once.');
    } finally {
      rt.close();
    }
  },
};
