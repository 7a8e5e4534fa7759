import type { IssueChange } from '../../../local/jira';
import { ISSUE_TYPES, STATUSES } from '../../../local/demo';
import { call, keys, NOW, tinySite } from './fixtures';

describe('mutation helpers', () => {
  it('createIssue assigns the next id and key and makes the issue searchable', () => {
    const site = tinySite();
    const created = site.createIssue({
      projectKey: 'ALP',
      issueTypeId: ISSUE_TYPES.story.id,
      summary: 'New story',
      parentId: '30004',
    });
    expect(created).toMatchObject({
      id: '30007',
      key: 'ALP-5',
      statusId: STATUSES.todo.id,
      created: NOW.toISOString(),
    });
    expect(keys(site, 'parent = ALP-4')).toEqual(['ALP-5']);
  });

  it('updateIssue changes fields, bumps updated and is seen by JQL (reconcile by updated date)', () => {
    const site = tinySite();
    site.updateIssue('ALP-1', { statusId: STATUSES.done.id, duedate: null, summary: 'Usage pricing' });
    expect(site.getIssue('ALP-1')).toMatchObject({
      statusId: STATUSES.done.id,
      summary: 'Usage pricing',
      updated: NOW.toISOString(),
    });
    expect(site.getIssue('ALP-1')).not.toHaveProperty('duedate');
    expect(keys(site, 'updated >= "2026-03-02"')).toEqual(['ALP-1']);
    expect(keys(site, 'statusCategory = Done AND issuetype = Epic')).toEqual(['ALP-1', 'BET-1']);
  });

  it('moving an issue to another project gives it a new key while the old key still resolves', () => {
    const site = tinySite();
    const moved = site.updateIssue('ALP-4', { projectKey: 'BET' });
    expect(moved.key).toBe('BET-3');
    expect(call(site, 'GET', '/rest/api/3/issue/ALP-4?fields=summary').body).toMatchObject({ key: 'BET-3' });
    expect(keys(site, 'project = ALP')).toEqual(['ALP-1', 'ALP-2', 'ALP-3']);
  });

  it('deleteIssue removes the issue and unparents its children', () => {
    const site = tinySite();
    site.deleteIssue('ALP-1');
    expect(call(site, 'GET', '/rest/api/3/issue/ALP-1').status).toBe(404);
    expect(site.getIssue('ALP-2')).not.toHaveProperty('parentId');
    expect(keys(site, 'parent is empty AND project = ALP')).toEqual(['ALP-2', 'ALP-3', 'ALP-4']);
  });

  it('notifies listeners of every change, for the runtime’s product events', () => {
    const site = tinySite();
    const seen: Array<Pick<IssueChange, 'type'> & { key: string }> = [];
    const stop = site.onChange((change) => seen.push({ type: change.type, key: change.issue.key }));
    site.updateIssue('BET-2', { labels: ['x'] });
    site.deleteIssue('BET-2');
    stop();
    site.updateIssue('ALP-1', { summary: 'ignored' });
    expect(seen).toEqual([
      { type: 'updated', key: 'BET-2' },
      { type: 'deleted', key: 'BET-2' },
    ]);
  });

  it('issueJson renders an issue as the app sees it, and the caller’s SiteData is never mutated', () => {
    const site = tinySite();
    expect(site.issueJson('ALP-2')).toMatchObject({ key: 'ALP-2', fields: { parent: { key: 'ALP-1' } } });
    const snapshot = site.snapshot();
    site.deleteIssue('ALP-2');
    expect(snapshot.issues.some((i) => i.key === 'ALP-2')).toBe(true);
  });
});
