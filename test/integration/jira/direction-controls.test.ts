import { epicsOf } from '../../support/site';
import { storedContributions } from '../events/events-support';
import { useSeeded } from '../resolvers/mutations/seed';

/**
 * Issue 9: text from Jira is shown but was never validated by us. A right-to-left override in an
 * epic's title would make the row showing it read differently from what it says ("Trojan
 * Source"), so every title, status and project name read from Jira loses its direction controls.
 */
const s = useSeeded();

const RLO = '\u202E';
const ISOLATE = '\u2066';

test('a title with direction overrides is stored, searched and shown without them', async () => {
  const epic = epicsOf(s.app.rt, 'BILL')[1];
  s.app.rt.jira.updateIssue(epic.key, { summary: `Refund ${RLO}txe.exe${ISOLATE} flow` });

  const linked = await s.lead('contribution.link', { solutionId: s.solution.id, issue: epic.key });
  expect(linked.snapshot.summary).toBe('Refund txe.exe flow');

  await s.app.rt.deliverEvents();
  const stored = (await storedContributions(s.app)).find((c) => c.epicId === epic.id)!;
  expect(stored.snapshot.summary).toBe('Refund txe.exe flow');

  const found = await s.lead('epics.search', { text: 'Refund' });
  expect(found.epics.map((e) => e.summary)).toContain('Refund txe.exe flow');
  expect(JSON.stringify(found)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
});
