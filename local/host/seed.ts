import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEMO_MARKETS,
  DEMO_PRIORITIES,
  DEMO_SOLUTIONS,
  DEMO_USERS,
  DEMO_SECURED_EPIC_SUMMARY,
} from '../demo';
import type { LocalRuntime } from '../runtime';

type Envelope = { ok: true; data: { id: string } } | { ok: false; error: { message: string } };

/**
 * Fills a fresh data folder with the demo market layer, through the real resolvers as the
 * portfolio lead, once: a marker file keeps later starts from seeding again.
 */
export async function seedDemoPortfolio(runtime: LocalRuntime, dataDir: string): Promise<void> {
  const marker = join(dataDir, '.demo-seeded');
  if (existsSync(marker)) return;
  const call = async (key: string, payload: unknown): Promise<string> => {
    const reply = (await runtime.invoke('portfolio', key, payload, {
      accountId: DEMO_USERS.portfolioLead,
      extension: { type: 'jira:globalPage' },
    })) as Envelope;
    if (!reply.ok) throw new Error(`Seeding ${key} failed: ${reply.error.message}`);
    return reply.data.id;
  };
  const markets = new Map<string, string>();
  for (const market of DEMO_MARKETS) markets.set(market.name, await call('market.create', market));
  const priorities = new Map<string, string>();
  for (const { market, ...priority } of DEMO_PRIORITIES)
    priorities.set(
      priority.title,
      await call('priority.create', { ...priority, marketId: markets.get(market) }),
    );
  for (const { priorities: titles, epics, ...solution } of DEMO_SOLUTIONS) {
    const solutionId = await call('solution.create', {
      ...solution,
      priorityIds: titles.map((t) => priorities.get(t)),
    });
    for (const epic of epics)
      await call('contribution.link', { solutionId, issue: epic.key, note: epic.note });
  }
  // The epic under issue security: only the portfolio lead sees it; everyone else sees a count.
  const secured = runtime.site.issues.find((i) => i.summary === DEMO_SECURED_EPIC_SUMMARY);
  const sovereign = DEMO_SOLUTIONS.findIndex((s) => s.name === 'Sovereign cloud');
  if (secured && sovereign >= 0) {
    const reply = (await runtime.invoke(
      'portfolio',
      'portfolio.get',
      {},
      { accountId: DEMO_USERS.portfolioLead, extension: { type: 'jira:globalPage' } },
    )) as { ok: boolean; data?: { solutions: { id: string; name: string }[] } };
    const solutionId = reply.data?.solutions.find((s) => s.name === 'Sovereign cloud')?.id;
    if (solutionId)
      await call('contribution.link', {
        solutionId,
        issue: secured.key,
        note: 'Northwind data platform joins the sovereign stack',
      });
  }
  writeFileSync(marker, new Date().toISOString());
}
