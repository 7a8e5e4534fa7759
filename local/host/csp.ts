import { CSPInjectionService, CSPProcessingService } from '@forge/csp';
import type { Permissions } from '@forge/manifest';
import { load } from 'cheerio/slim';
import { parse } from 'yaml';

/**
 * The Content-Security-Policy Forge sends with a Custom UI resource, computed by Atlassian's own
 * `@forge/csp` exactly as the Forge CDN does: `getCspDetails` reads the resource's index.html
 * (hashes of its inline scripts, a legacy CSP meta tag) and manifest.yml's `permissions.content`
 * and `permissions.external`; `getInjectableCSP` adds Forge's fixed directives for production
 * (`microsEnv: 'prod'`). Two local stand-ins, and only these (local/host/README.md):
 *
 * - `hostname`, which Forge fills with the Jira site's origin (`https://acme.atlassian.net`), is
 *   the local host page's origin: it is the site here, so it may frame the resource and is in
 *   `connect-src`, `img-src`, `style-src`, … as the site is in production.
 * - `report-uri`, Atlassian's security-report collector in production, is the resources origin's
 *   own `/__forge/csp-report/<resource key>`, so a violation is seen here, not posted to Atlassian.
 *   (Forge's tunnel mode would do this through `tunnelCSPReporterUri`, but that also opens
 *   `connect-src` to every `http://localhost:*` port: a loosening, so it is not used.)
 */
export const CSP_REPORT_PATH = '/__forge/csp-report';

/** `permissions` of manifest.yml, as the Forge CLI hands it to `getCspDetails`. */
export function manifestPermissions(manifestText: string): Permissions {
  const doc = parse(manifestText) as { permissions?: Permissions } | null;
  return doc?.permissions ?? {};
}

const processing = new CSPProcessingService(
  // The service logs only when it discards a content permission it considers unsafe.
  { info: (message: string) => console.warn(`@forge/csp: ${message}`) },
  load,
);
const injection = new CSPInjectionService();

/** The policy's directives, one per entry, as Forge's `getInjectableCSP` returns them. */
export function forgeCspDirectives(
  html: string | Buffer,
  permissions: Permissions,
  local: { siteOrigin: string; reportUri: string },
): string[] {
  const existingCSPDetails = processing.getCspDetails(html, permissions);
  return injection
    .getInjectableCSP({ existingCSPDetails, microsEnv: 'prod', hostname: local.siteOrigin })
    .map((directive) => (directive.startsWith('report-uri ') ? `report-uri ${local.reportUri}` : directive));
}

/** The `Content-Security-Policy` header value. */
export function forgeCsp(...args: Parameters<typeof forgeCspDirectives>): string {
  return forgeCspDirectives(...args).join('; ');
}
