import type { AuditEntry, Contribution } from '../../contract';

export interface AuditSubject {
  entityType: AuditEntry['entityType'];
  entityId: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "PLAT-1" as a whole key: not inside "PLAT-14" or "XPLAT-1". */
function mentionsKey(text: string, key: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9_])${escape(key)}(?!\\d)`).test(text);
}

function recordedEpicIds(entry: AuditEntry): string[] {
  const change = entry.changes.epicId;
  return (change ?? []).filter((v): v is string => typeof v === 'string' && v.length > 0);
}

/**
 * The epics one audit entry is about: the subject's epic (for a contribution), the epic ids it
 * recorded, and any stored contribution whose epic key or title it mentions.
 */
function epicsOfEntry(
  entry: AuditEntry,
  subjectEpicId: string | null,
  contributions: readonly Contribution[],
): Set<string> {
  const ids = new Set(recordedEpicIds(entry));
  if (subjectEpicId) ids.add(subjectEpicId);
  const text = JSON.stringify(entry);
  for (const c of contributions) {
    if (mentionsKey(text, c.epicKey) || (c.snapshot.summary && text.includes(c.snapshot.summary)))
      ids.add(c.epicId);
  }
  return ids;
}

/** The epic a contribution's history is about, from the stored record or, once it is deleted, from its entries. */
function subjectEpicId(
  subject: AuditSubject,
  entries: readonly AuditEntry[],
  contributions: readonly Contribution[],
): string | null {
  if (subject.entityType !== 'contribution') return null;
  const stored = contributions.find((c) => c.id === subject.entityId);
  return stored?.epicId ?? entries.flatMap(recordedEpicIds)[0] ?? null;
}

/**
 * The entries the viewer may read. An entry about an epic they cannot browse is left out, not
 * redacted: even a redacted line would say that a hidden epic was linked at a given time. A
 * contribution whose epic cannot be established is treated as hidden, so unknown and hidden
 * histories look the same (empty) and nobody can probe what exists.
 */
export function visibleAuditEntries(
  subject: AuditSubject,
  entries: readonly AuditEntry[],
  contributions: readonly Contribution[],
  canBrowseIssue: (id: string) => boolean,
): AuditEntry[] {
  const subjectEpic = subjectEpicId(subject, entries, contributions);
  if (subject.entityType === 'contribution' && (!subjectEpic || !canBrowseIssue(subjectEpic))) return [];
  return entries.filter((entry) =>
    [...epicsOfEntry(entry, subjectEpic, contributions)].every(canBrowseIssue),
  );
}

/** Every epic id the entries may be about: what the one permission check must ask for. */
export function auditEpicIds(
  subject: AuditSubject,
  entries: readonly AuditEntry[],
  contributions: readonly Contribution[],
): string[] {
  const subjectEpic = subjectEpicId(subject, entries, contributions);
  return [...new Set(entries.flatMap((e) => [...epicsOfEntry(e, subjectEpic, contributions)]))];
}
