import type { Contribution, ProductSummary, Viewer } from '../../contract';
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
