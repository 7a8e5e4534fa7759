import Link from '@atlaskit/link';
import { router } from '@forge/bridge';
import type { MouseEvent } from 'react';

/**
 * An issue key that opens the issue in Jira. Custom UI runs in an iframe, so navigation goes
 * through the bridge (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/router/).
 * It stays a real link, so Tab reaches it and Enter activates it.
 */
export function IssueLink({ issueKey, label }: { issueKey: string; label?: string }) {
  const path = `/browse/${encodeURIComponent(issueKey)}`;
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void router.open(path);
  };
  return (
    <Link href={path} onClick={open} aria-label={label ? `${issueKey}: ${label}` : `Open ${issueKey}`}>
      {issueKey}
    </Link>
  );
}
