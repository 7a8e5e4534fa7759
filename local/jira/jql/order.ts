import type { SiteIssue } from '../site';
import type { SiteStore } from '../store';
import type { OrderTerm } from './ast';
import { JqlError } from './errors';
import { fieldDoesNotExist, isNotEmulated } from './fields';

type Comparator = (a: SiteIssue, b: SiteIssue) => number;

/** Jira allows at most 7 ORDER BY fields on /search/jql (see the endpoint's `jql` parameter). */
const MAX_ORDER_FIELDS = 7;

/** Keys sort by project key, then by number (BILL-2 before BILL-10). */
const compareKeys: Comparator = (a, b) => {
  const [pa, na] = a.key.split('-');
  const [pb, nb] = b.key.split('-');
  return pa.localeCompare(pb) || Number(na) - Number(nb);
};

/** Empty values sort last ascending and first descending, as in Jira. */
function compareOptional(read: (issue: SiteIssue) => string | undefined): Comparator {
  return (a, b) => {
    const va = read(a);
    const vb = read(b);
    if (va === vb) return 0;
    if (va === undefined) return 1;
    if (vb === undefined) return -1;
    return va < vb ? -1 : 1;
  };
}

function comparatorFor(field: string, store: SiteStore): Comparator {
  switch (field.toLowerCase()) {
    case 'key':
    case 'issuekey':
      return compareKeys;
    case 'id':
      return (a, b) => Number(a.id) - Number(b.id);
    case 'rank':
      return (a, b) => a.rank - b.rank;
    case 'created':
    case 'createddate':
      return compareOptional((i) => i.created);
    case 'updated':
    case 'updateddate':
      return compareOptional((i) => i.updated);
    case 'duedate':
    case 'due':
      return compareOptional((i) => i.duedate);
    case 'summary':
      return (a, b) => a.summary.localeCompare(b.summary);
    case 'project':
      return (a, b) =>
        (store.projectsById.get(a.projectId)?.key ?? '').localeCompare(
          store.projectsById.get(b.projectId)?.key ?? '',
        );
  }
  if (isNotEmulated(field)) {
    throw new JqlError(
      `Error in the JQL Query: Ordering by '${field}' is not supported by the local Jira emulator.`,
    );
  }
  throw fieldDoesNotExist(field);
}

/** The sort for ORDER BY; without one, issues come in ascending id (creation) order. */
export function compileOrder(terms: readonly OrderTerm[], store: SiteStore): Comparator {
  if (terms.length > MAX_ORDER_FIELDS) {
    throw new JqlError(
      `Error in the JQL Query: The ORDER BY clause can contain a maximum of ${MAX_ORDER_FIELDS} fields.`,
    );
  }
  const comparators = terms.map((t) => {
    const compare = comparatorFor(t.field, store);
    return t.direction === 'desc' ? (a: SiteIssue, b: SiteIssue) => -compare(a, b) : compare;
  });
  return (a, b) => {
    for (const compare of comparators) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return Number(a.id) - Number(b.id);
  };
}
