import { createHash } from 'node:crypto';
import { kvs } from '@forge/kvs';
import { joinPage, splitBackup, type Backup } from '../src/contract';
import { DEMO_USERS, generateSite } from '../local/demo';
import type { SiteData } from '../local/jira/site';
import { SCALE_L, scaleBackup } from '../local/demo/scale-portfolio';
import { createLocalRuntime, type LocalRuntime } from '../local/runtime';
import { once } from './harness';
import { formatMs, note, printTable } from './report';
import type { Suite } from './suite';

/**
 * Issue 8's backup figures: the L portfolio exported in pages (each answer under 4 MB), uploaded
 * to a second installation in chunks (each request under 400 KB), committed (checked whole from
 * the chunks' index) and written by the `import` job, through the real handlers. Counts are exact;
 * times are single runs (each is minutes of work at L), once plainly and once with the latency
 * model (20 ms per KVS and 100 ms per Jira request).
 */
const LATENCY = { kvs: 20, jira: 100 };
const ADMIN = { accountId: DEMO_USERS.portfolioLead, extension: { type: 'jira:adminPage' } } as const;

interface Cost {
  calls: number;
  kvs: number;
  /** The largest answer (export) or request (upload), in bytes. */
  largest: number;
  ms: number;
  slowestMs: number;
}

async function call(rt: LocalRuntime, key: string, payload: unknown): Promise<unknown> {
  const result = (await rt.invoke('settings', key, payload, ADMIN)) as {
    ok: boolean;
    data?: unknown;
    error?: unknown;
  };
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** Runs `each` over the items, one call each, adding up what they cost. */
async function costOf<T>(
  rt: LocalRuntime,
  items: readonly T[],
  each: (item: T) => Promise<number>,
): Promise<Cost> {
  const kvs = rt.kvs.operationCount;
  const cost: Cost = { calls: 0, kvs: 0, largest: 0, ms: 0, slowestMs: 0 };
  for (const item of items) {
    const { value: bytes, ms } = await once(() => each(item));
    cost.calls += 1;
    cost.largest = Math.max(cost.largest, bytes);
    cost.ms += ms;
    cost.slowestMs = Math.max(cost.slowestMs, ms);
  }
  cost.kvs = rt.kvs.operationCount - kvs;
  return cost;
}

/** admin.exportPage until `next` is null: the pages joined, and what they cost. */
async function exportPages(rt: LocalRuntime): Promise<{ backup: Backup; cost: Cost }> {
  let backup: Backup | null = null;
  let cursor: string | null | undefined;
  const kvs = rt.kvs.operationCount;
  const cost: Cost = { calls: 0, kvs: 0, largest: 0, ms: 0, slowestMs: 0 };
  do {
    const { value: page, ms } = await once(
      () =>
        call(rt, 'admin.exportPage', cursor ? { cursor } : {}) as Promise<{
          backup: Backup;
          next: string | null;
        }>,
    );
    cost.calls += 1;
    cost.largest = Math.max(cost.largest, Buffer.byteLength(JSON.stringify(page)));
    cost.ms += ms;
    cost.slowestMs = Math.max(cost.slowestMs, ms);
    backup = joinPage(backup, page.backup);
    cursor = page.next;
  } while (cursor);
  cost.kvs = rt.kvs.operationCount - kvs;
  return { backup: backup!, cost };
}

/** Some steps of the import job: how many, and the most any one of them cost. */
interface Steps {
  steps: number;
  mostKvs: number;
  mostReadBytes: number;
  slowestMs: number;
}

interface ImportFigures {
  upload: Cost;
  commit: Cost & { readBytes: number };
  job: { steps: number; ms: number; slowestMs: number; kvs: number };
  /** The steps that write the staged chunks: what the chunk bounds. */
  write: Steps;
  /** The read model's rebuild: pages of records (after the settings' step)… */
  pages: Steps;
  /** …then one shard a step. */
  assemble: Steps;
}

const PAGE_PHASES = ['finish', 'rebuild'];

function stepsOf(
  phases: readonly string[],
  wanted: readonly string[],
  costs: Record<string, number>[],
  ms: number[],
): Steps {
  const at = phases.flatMap((phase, i) => (wanted.includes(phase) && i < costs.length ? [i] : []));
  return {
    steps: at.length,
    mostKvs: Math.max(...at.map((i) => costs[i].kvsRequests)),
    mostReadBytes: Math.max(...at.map((i) => costs[i].readBytes)),
    slowestMs: Math.max(...at.map((i) => ms[i])),
  };
}

/**
 * A fresh installation of the same site: the backup uploaded, committed and written by its job.
 * Its runtime takes the Forge globals while it is open; closing it gives them back to `from`'s.
 */
async function importInto(
  site: SiteData,
  backup: Backup,
  latency: { kvs: number; jira: number },
): Promise<ImportFigures> {
  const rt = createLocalRuntime({ site, latency });
  try {
    return await importWith(rt, backup);
  } finally {
    rt.close();
  }
}

/** The backup uploaded to `rt` in chunks, committed and written by its job, counted step by step. */
export async function importWith(rt: LocalRuntime, backup: Backup): Promise<ImportFigures> {
  const fingerprint = createHash('sha256').update(JSON.stringify(backup)).digest('base64url');
  const { begin, chunks } = splitBackup(backup, fingerprint);
  const session = (await call(rt, 'admin.importBegin', begin)) as { id: string };
  const importId = session.id;
  const upload = await costOf(rt, chunks, async (chunk) => {
    const payload = { importId, ...chunk };
    await call(rt, 'admin.importChunk', payload);
    return Buffer.byteLength(JSON.stringify(payload));
  });
  upload.calls += 1; // the begin
  const readBefore = rt.kvs.readBytes;
  let jobId = '';
  const commit = await costOf(rt, [importId], async (id) => {
    jobId = ((await call(rt, 'admin.importCommit', { importId: id })) as { id: string }).id;
    return 0;
  });
  const commitRead = rt.kvs.readBytes - readBefore;
  type JobValue = { record: { step: number; state: string; cursor: { phase: string } } };
  const jobNow = async () => (await kvs.entity<JobValue>('job').get(jobId))!.record;
  // Each step's phase: the cursor the step before left, read between deliveries (not counted).
  const phases = [(await jobNow()).cursor.phase];
  const report = await rt.deliverJobs({
    fastForward: true,
    afterEach: async () => {
      phases.push((await jobNow()).cursor.phase);
    },
  });
  // The import's steps come first; the open-epic count it queues at its end is another job.
  const job = await jobNow();
  if (job.state !== 'done') throw new Error(`The import ended ${job.state}`);
  const costs = report.costs.slice(0, job.step);
  const durations = report.durationsMs.slice(0, job.step);
  return {
    upload,
    commit: { ...commit, readBytes: commitRead },
    job: {
      steps: job.step,
      ms: durations.reduce((a, b) => a + b, 0),
      slowestMs: Math.max(...durations),
      kvs: costs.reduce((sum, c) => sum + c.kvsRequests, 0),
    },
    write: stepsOf(phases, ['write'], costs, durations),
    pages: stepsOf(phases, PAGE_PHASES, costs, durations),
    assemble: stepsOf(phases, ['assemble'], costs, durations),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const s1 = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The backup table for the portfolio loaded in `from` (the scale suite's runtime, or the backup
 * suite's own): export, upload, commit and import job, plainly and with the latency model.
 */
export async function backupFigures(
  from: LocalRuntime,
  latency: { kvs: number; jira: number },
  site: SiteData,
): Promise<void> {
  const plain = await exportPages(from);
  const backup = plain.backup;
  const records =
    backup.markets.length +
    backup.priorities.length +
    backup.solutions.length +
    backup.contributions.length +
    backup.products.length;
  const imported = await importInto(site, backup, { kvs: 0, jira: 0 });
  Object.assign(latency, LATENCY);
  const slowExport = await exportPages(from).finally(() => Object.assign(latency, { kvs: 0, jira: 0 }));
  const slow = await importInto(site, backup, { ...LATENCY });
  note(
    `The backup: ${mb(Buffer.byteLength(JSON.stringify(backup)))} as compact JSON, ${records} records. Single runs; "latency model" = 20 ms a KVS and 100 ms a Jira request.`,
  );
  printTable(
    [
      'backup',
      'calls',
      'largest call',
      'KVS req',
      'time',
      'slowest call',
      'time, latency model',
      'slowest, latency model',
    ],
    [
      [
        'export (admin.exportPage)',
        String(plain.cost.calls),
        `${mb(plain.cost.largest)} answer`,
        String(plain.cost.kvs),
        s1(plain.cost.ms),
        formatMs(plain.cost.slowestMs),
        s1(slowExport.cost.ms),
        formatMs(slowExport.cost.slowestMs),
      ],
      [
        'upload (admin.importBegin + importChunk)',
        `1 + ${imported.upload.calls - 1}`,
        `${kb(imported.upload.largest)} request`,
        String(imported.upload.kvs),
        s1(imported.upload.ms),
        formatMs(imported.upload.slowestMs),
        s1(slow.upload.ms),
        formatMs(slow.upload.slowestMs),
      ],
      [
        'admin.importCommit (checked from the index)',
        '1',
        `reads ${kb(imported.commit.readBytes)}`,
        String(imported.commit.kvs),
        s1(imported.commit.ms),
        formatMs(imported.commit.slowestMs),
        s1(slow.commit.ms),
        formatMs(slow.commit.slowestMs),
      ],
      [
        'import job, every step',
        `${imported.job.steps} steps`,
        '–',
        String(imported.job.kvs),
        s1(imported.job.ms),
        formatMs(imported.job.slowestMs),
        s1(slow.job.ms),
        formatMs(slow.job.slowestMs),
      ],
      [
        '  of which the write steps',
        `${imported.write.steps} steps`,
        `≤ ${imported.write.mostKvs} KVS req, ≤ ${kb(imported.write.mostReadBytes)} read a step`,
        '–',
        '–',
        formatMs(imported.write.slowestMs),
        '–',
        formatMs(slow.write.slowestMs),
      ],
      ...(
        [
          ['  the settings, then the rebuild from pages of records', 'pages'],
          ['  then the read model, one shard a step', 'assemble'],
        ] as const
      ).map(([label, part]) => [
        label,
        `${imported[part].steps} steps`,
        `≤ ${imported[part].mostKvs} KVS req, ≤ ${kb(imported[part].mostReadBytes)} read a step`,
        '–',
        '–',
        formatMs(imported[part].slowestMs),
        '–',
        formatMs(slow[part].slowestMs),
      ]),
    ],
  );
}

/** `npm run bench -- backup`: L built as the scale suite builds it, then only the backup figures. */
export const backupSuite: Suite = {
  name: 'backup',
  title: 'Backup: export and import at L (issue 8)',
  async run() {
    const built = await once(() =>
      generateSite({ projects: 500, epicsPerProject: 50, childrenPerEpic: 3, seed: 8 }),
    );
    const latency = { kvs: 0, jira: 0 };
    const rt = createLocalRuntime({ site: built.value, latency });
    try {
      await call(rt, 'admin.import', { backup: scaleBackup(built.value, SCALE_L) });
      await backupFigures(rt, latency, built.value);
    } finally {
      rt.close();
    }
  },
};

/** One plain import's figures (no latency model): `npm run bench -- scale --only import`. */
export function printImportSteps(backup: Backup, imported: ImportFigures): void {
  note(`The backup: ${mb(Buffer.byteLength(JSON.stringify(backup)))} as compact JSON; one plain run.`);
  const steps = (label: string, part: Steps) => [
    label,
    `${part.steps} steps`,
    `≤ ${part.mostKvs} KVS req, ≤ ${kb(part.mostReadBytes)} read a step`,
    formatMs(part.slowestMs),
  ];
  printTable(
    ['import', 'calls', 'cost', 'slowest call or step'],
    [
      [
        'upload (admin.importBegin + importChunk)',
        `1 + ${imported.upload.calls - 1}`,
        `${kb(imported.upload.largest)} largest request`,
        formatMs(imported.upload.slowestMs),
      ],
      [
        'admin.importCommit',
        '1',
        `reads ${kb(imported.commit.readBytes)}`,
        formatMs(imported.commit.slowestMs),
      ],
      [
        'import job, every step',
        `${imported.job.steps} steps`,
        `${imported.job.kvs} KVS req in all, ${s1(imported.job.ms)}`,
        formatMs(imported.job.slowestMs),
      ],
      steps('  of which the write steps', imported.write),
      steps('  the settings, then the rebuild from pages of records', imported.pages),
      steps('  then the read model, one shard a step', imported.assemble),
    ],
  );
}
