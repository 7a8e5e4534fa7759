import { splitBackup, type Backup, type Result } from '../../../../src/contract';
import type { DemoUserRole } from '../../../../local/demo';
import { MODULES } from '../../../support/app';
import { fingerprintOf } from '../../../support/backup-transfer';
import { backupOf } from './bad-payloads/shared';
import { FIELD_TRICKS, PAYLOAD_TRICKS, pathsOf, replaced } from './bad-input-corpus/tricks';
import { MARKET, priorityFor, seeded, solutionFor, type Seeded } from './seed';

/**
 * Issue 9's goal: every type confusion, size, encoding and prototype trick against every mutation
 * as every demo user finds 0 mishandled: no thrown error (a 500), no ok:true, no answer over 4 KB,
 * storage byte-identical. Each trick replaces every field of a valid payload in turn (three
 * levels deep: `changes.name`, `evidence.0.date`, `backup.markets.0`), and whole payloads too.
 * bad-payloads.test.ts checks, for the portfolio lead, that the error names the field.
 */
jest.setTimeout(300_000);

let s: Seeded;
beforeAll(async () => {
  s = await seeded();
});
afterAll(() => s.app.close());

const USERS: DemoUserRole[] = ['portfolioLead', 'productManager', 'engineeringLead', 'viewer'];
const MAX_ANSWER_BYTES = 4 * 1024;

/** A valid payload of each mutation, from the seeded records. */
function validPayloads(): Record<string, Record<string, unknown>> {
  const ref = (x: { id: string; version: number }) => ({ id: x.id, version: x.version });
  const backup = backupOf(s) as unknown as Backup;
  const { begin, chunks } = splitBackup(backup, fingerprintOf(backup));
  return {
    'market.create': { ...MARKET },
    'market.update': { ...ref(s.market), changes: { name: 'Renamed', segments: MARKET.segments } },
    'market.delete': { ...ref(s.market), cascade: true },
    'priority.create': {
      ...priorityFor(s.market.id),
      evidence: [{ customerOrg: 'Acme', role: 'CFO', date: '2026-02-28', note: 'Said so' }],
    },
    'priority.update': { ...ref(s.priority), changes: { importance: 3, marketId: s.market.id } },
    'priority.delete': { ...ref(s.priority), cascade: true },
    'solution.create': { ...solutionFor([s.priority.id]) },
    'solution.update': { ...ref(s.solution), changes: { priorityIds: [s.priority.id], horizon: 'next' } },
    'solution.delete': { ...ref(s.solution), cascade: true },
    'contribution.link': { solutionId: s.solution.id, issue: s.contribution.epicKey, note: 'Again' },
    'contribution.update': { ...ref(s.contribution), note: 'Changed' },
    'contribution.unlink': ref(s.contribution),
    'product.update': {
      projectId: s.contribution.projectId,
      version: null,
      changes: { displayName: 'Billing' },
    },
    'settings.update': { version: null, changes: { balanceTarget: 0.5, epicIssueTypes: ['Epic'] } },
    'admin.import': { backup },
    'admin.importBegin': begin as unknown as Record<string, unknown>,
    'admin.importChunk': { importId: 'imp_0000000000', ...chunks[0] },
    'admin.importCommit': { importId: 'imp_0000000000' },
    'admin.refreshSnapshots': {},
  };
}

interface Mishandled {
  key: string;
  user: DemoUserRole;
  trick: string;
  what: string;
}

async function verdict(
  key: string,
  user: DemoUserRole,
  trick: string,
  payload: unknown,
): Promise<Mishandled | null> {
  let result: Result<unknown>;
  try {
    result = await s.app.callRaw(user, MODULES.portfolio, key, payload);
  } catch (error) {
    return { key, user, trick, what: `threw ${String(error).slice(0, 120)}` };
  }
  if (result.ok) return { key, user, trick, what: 'ok:true' };
  const bytes = Buffer.byteLength(JSON.stringify(result));
  if (bytes > MAX_ANSWER_BYTES) return { key, user, trick, what: `${bytes} bytes` };
  return null;
}

const valid = () => validPayloads();

test.each(USERS)(
  'as %s, no trick against any mutation is mishandled, and storage stays byte-identical',
  async (user) => {
    const payloads = valid();
    const before = JSON.stringify(s.app.rt.kvs.dump());
    const mishandled: Mishandled[] = [];
    let calls = 0;
    for (const [key, payload] of Object.entries(payloads)) {
      for (const [trick, make] of PAYLOAD_TRICKS) {
        // No payload (null: `invoke(key)` sends none) is the whole of a call that takes none.
        if (trick === 'null' && Object.keys(payload).length === 0) continue;
        calls += 1;
        const bad = await verdict(key, user, trick, make(payload));
        if (bad) mishandled.push(bad);
      }
      for (const path of pathsOf(payload, 3))
        for (const [trick, make] of FIELD_TRICKS) {
          calls += 1;
          const bad = await verdict(
            key,
            user,
            `${path.join('.')} = ${trick}`,
            replaced(payload, path, make()),
          );
          if (bad) mishandled.push(bad);
        }
    }
    expect(mishandled).toEqual([]);
    expect(JSON.stringify(s.app.rt.kvs.dump()) === before).toBe(true);
    expect(calls).toBeGreaterThan(1_000);
  },
);
