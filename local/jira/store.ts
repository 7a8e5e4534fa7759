import type {
  SiteData,
  SiteIssue,
  SiteIssueType,
  SiteProject,
  SiteSecurityLevel,
  SiteStatus,
  SiteUser,
} from './site';

/** What changed, for the local runtime to turn into Forge product events. */
export interface IssueChange {
  type: 'created' | 'updated' | 'deleted';
  issue: SiteIssue;
  /** The issue before an update (or its last state before a delete). */
  previous?: SiteIssue;
}

export type IssueChangeListener = (change: IssueChange) => void;

function addToIndex(index: Map<string, Set<string>>, key: string, id: string): void {
  let ids = index.get(key);
  if (!ids) index.set(key, (ids = new Set()));
  ids.add(id);
}

/**
 * The site's data with the indexes every endpoint needs (by id, key, project and parent), so
 * search over tens of thousands of issues never scans once per candidate.
 */
export class SiteStore {
  /** Bumped on every mutation; search caches key on it. */
  version = 0;
  readonly baseUrl: string;
  readonly data: SiteData;
  readonly projectsById = new Map<string, SiteProject>();
  readonly projectsByKey = new Map<string, SiteProject>();
  readonly issueTypesById = new Map<string, SiteIssueType>();
  readonly statusesById = new Map<string, SiteStatus>();
  readonly usersById = new Map<string, SiteUser>();
  readonly levelsById = new Map<string, SiteSecurityLevel>();
  private readonly issuesById = new Map<string, SiteIssue>();
  private readonly idsByKey = new Map<string, string>();
  /** Keys an issue had before it moved project: Jira still resolves them. */
  private readonly movedKeys = new Map<string, string>();
  private readonly idsByProject = new Map<string, Set<string>>();
  private readonly idsByParent = new Map<string, Set<string>>();
  private readonly listeners = new Set<IssueChangeListener>();

  constructor(site: SiteData) {
    // A deep copy: mutations in tests never leak into the caller's SiteData.
    this.data = structuredClone(site);
    this.baseUrl = site.baseUrl.replace(/\/$/, '');
    for (const p of this.data.projects) {
      this.projectsById.set(p.id, p);
      this.projectsByKey.set(p.key.toUpperCase(), p);
    }
    for (const t of this.data.issueTypes) this.issueTypesById.set(t.id, t);
    for (const s of this.data.statuses) this.statusesById.set(s.id, s);
    for (const u of this.data.users) this.usersById.set(u.accountId, u);
    for (const l of this.data.securityLevels) this.levelsById.set(l.id, l);
    for (const issue of this.data.issues) this.index(issue);
  }

  /** The site's custom field ids: what a `fields` parameter may name besides the system fields. */
  get customFieldIds(): string[] {
    return (this.data.fields ?? []).map((f) => f.id);
  }

  get issueCount(): number {
    return this.issuesById.size;
  }

  allIssues(): IterableIterator<SiteIssue> {
    return this.issuesById.values();
  }

  byId(id: string): SiteIssue | undefined {
    return this.issuesById.get(id);
  }

  /** By id, key (case-insensitive, as Jira) or a key the issue had before it moved. */
  find(idOrKey: string): SiteIssue | undefined {
    if (/^\d+$/.test(idOrKey)) return this.issuesById.get(idOrKey);
    const upper = idOrKey.toUpperCase();
    const id = this.idsByKey.get(upper) ?? this.movedKeys.get(upper);
    return id === undefined ? undefined : this.issuesById.get(id);
  }

  idsInProject(projectId: string): ReadonlySet<string> {
    return this.idsByProject.get(projectId) ?? new Set();
  }

  childIds(parentId: string): ReadonlySet<string> {
    return this.idsByParent.get(parentId) ?? new Set();
  }

  onChange(listener: IssueChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  insert(issue: SiteIssue): void {
    this.data.issues.push(issue);
    this.index(issue);
    this.changed({ type: 'created', issue: structuredClone(issue) });
  }

  replace(previous: SiteIssue, next: SiteIssue): void {
    this.unindex(previous);
    if (previous.key !== next.key) this.movedKeys.set(previous.key.toUpperCase(), next.id);
    this.index(next);
    this.data.issues[this.data.issues.indexOf(previous)] = next;
    this.changed({ type: 'updated', issue: structuredClone(next), previous: structuredClone(previous) });
  }

  remove(issue: SiteIssue): void {
    this.unindex(issue);
    for (const [oldKey, id] of this.movedKeys) if (id === issue.id) this.movedKeys.delete(oldKey);
    this.data.issues.splice(this.data.issues.indexOf(issue), 1);
    this.changed({ type: 'deleted', issue: structuredClone(issue), previous: structuredClone(issue) });
  }

  /** The next free issue id and the next key number in a project. */
  nextIdentity(project: SiteProject): { id: string; key: string } {
    let maxId = 9999;
    let maxNumber = 0;
    for (const id of this.issuesById.keys()) maxId = Math.max(maxId, Number(id));
    for (const key of [...this.idsByKey.keys(), ...this.movedKeys.keys()]) {
      const [prefix, n] = key.split('-');
      if (prefix === project.key.toUpperCase()) maxNumber = Math.max(maxNumber, Number(n));
    }
    return { id: String(maxId + 1), key: `${project.key}-${maxNumber + 1}` };
  }

  /**
   * An issue property changed: searches see it at once (property clauses), but Jira raises no
   * issue event and the issue's `updated` stays as it was.
   */
  propertiesChanged(): void {
    this.version++;
  }

  private changed(change: IssueChange): void {
    this.version++;
    for (const listener of this.listeners) listener(change);
  }

  private index(issue: SiteIssue): void {
    this.issuesById.set(issue.id, issue);
    this.idsByKey.set(issue.key.toUpperCase(), issue.id);
    addToIndex(this.idsByProject, issue.projectId, issue.id);
    if (issue.parentId) addToIndex(this.idsByParent, issue.parentId, issue.id);
  }

  private unindex(issue: SiteIssue): void {
    this.issuesById.delete(issue.id);
    this.idsByKey.delete(issue.key.toUpperCase());
    this.idsByProject.get(issue.projectId)?.delete(issue.id);
    if (issue.parentId) this.idsByParent.get(issue.parentId)?.delete(issue.id);
  }
}
