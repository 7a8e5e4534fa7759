import type { AppError, Contribution, ProductSummary, Viewer } from '../../contract';
import type { IsVisible } from '../../domain';
import type { ViewerAccess } from '../access';
import type { ProductLike } from './snapshot';

/** A contribution is shown only where the viewer may browse its epic (PRODUCT.md "Who may do what"). */
export function visibleTo(access: ViewerAccess): IsVisible {
  return (c: Contribution) => access.canBrowseIssue(c.epicId);
}

/** The viewer from the Forge context and the one permission check: no `/myself` request per view. */
export function viewerOf(access: ViewerAccess): Viewer {
  return { accountId: access.accountId, canManage: access.canManage };
}

/**
 * A product as the viewer may see it. For a project the viewer cannot browse, Jira itself would
 * not admit it exists, so its key, name and product line are withheld and only its id (needed to
 * count hidden contributions against it) remains.
 */
export function productSummary(product: ProductLike, access: ViewerAccess): ProductSummary {
  if (!access.canBrowseProject(product.projectId)) {
    return {
      projectId: product.projectId,
      projectKey: '',
      projectName: '',
      displayName: '',
      productLine: '',
      version: product.version,
      browsable: false,
    };
  }
  const { projectId, projectKey, projectName, displayName, productLine, version } = product;
  return { projectId, projectKey, projectName, displayName, productLine, version, browsable: true };
}

/** Visible contributions of a list, and how many were left out. */
export function splitVisible(
  contributions: readonly Contribution[],
  isVisible: IsVisible,
): { visible: Contribution[]; hiddenCount: number } {
  const visible = contributions.filter((c) => isVisible(c));
  return { visible, hiddenCount: contributions.length - visible.length };
}

const HIDDEN_EPIC = 'an epic in a project you cannot view';

/**
 * A failure about a contribution whose epic the caller may not browse, told without the epic: its
 * key, id and title in the message and field messages become "an epic in a project you cannot
 * view"; the code stays, so the UI reacts the same.
 */
export function withoutEpic(error: AppError, c: Contribution): AppError {
  const names = [c.epicKey, c.epicId, c.snapshot.summary].filter((name) => name.trim() !== '');
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Whole names only: the key PLAT-7 is not inside PLAT-73, nor the id 1000 inside 10001.
  const pattern = new RegExp(`(?<![\\w-])(${escaped.join('|')})(?![\\w])`, 'g');
  const scrub = (text: string) => (names.length === 0 ? text : text.replace(pattern, HIDDEN_EPIC));
  const fields =
    error.fields &&
    Object.fromEntries(Object.entries(error.fields).map(([path, message]) => [path, scrub(message)]));
  return { code: error.code, message: scrub(error.message), ...(fields && { fields }) };
}

/**
 * A contribution as someone who may not browse its epic may see it: no id, key, title or status of
 * the epic (as `productSummary` keeps only a hidden project's id, so does this).
 */
export function withheldEpic(c: Contribution): Contribution {
  return {
    ...c,
    epicId: '',
    epicKey: '',
    projectKey: '',
    snapshot: { ...c.snapshot, summary: '', statusName: '', dueDate: null },
  };
}
