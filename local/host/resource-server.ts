import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Permissions } from '@forge/manifest';
import { CSP_REPORT_PATH, forgeCsp } from './csp';

const PUBLIC = join(__dirname, 'public');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.json': 'application/json',
};

/** What a browser posted to `report-uri`: one CSP violation in a Custom UI frame. */
export interface CspReport {
  /** The resource (manifest.yml `resources[].key`) whose document reported it. */
  resource: string;
  documentUri: string;
  violatedDirective: string;
  blockedUri: string;
}

export interface ResourceServerOptions {
  /** manifest.yml's resources: key → folder, relative to `root`. */
  resources: ReadonlyMap<string, string>;
  root: string;
  permissions: Permissions;
  /** The origin of the host page (the "Jira site") that frames resources requested as `hostname`. */
  siteOrigin: (hostname: string) => string;
  onReport: (report: CspReport) => void;
}

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string>) {
  res.writeHead(status, { 'cache-control': 'no-store', ...headers });
  res.end(body);
}
const text = (res: ServerResponse, status: number, body: string) =>
  send(res, status, body, { 'content-type': 'text/plain; charset=utf-8' });

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) break; // a report is a few hundred bytes; ignore anything else
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `{"csp-report": {...}}` as Chromium posts it to `report-uri`, or null when it is not one. */
function reportOf(resource: string, body: string): CspReport | null {
  try {
    const report = (JSON.parse(body) as { 'csp-report'?: Record<string, string> })['csp-report'];
    if (!report) return null;
    return {
      resource,
      documentUri: report['document-uri'] ?? '',
      violatedDirective: report['effective-directive'] ?? report['violated-directive'] ?? '',
      blockedUri: report['blocked-uri'] ?? '',
    };
  } catch {
    return null;
  }
}

/**
 * The Forge CDN's role: serves each Custom UI resource from an origin of its own (not the host
 * page's), every file with the CSP Forge computes for that resource (./csp.ts), the bridge script
 * Forge puts into the resource's HTML before the app's own, and the theme sheet the bridge loads.
 * Paths: `/app/<resource key>/<file>`, `/__forge/bridge.js`, `/__forge/theme.css`, and the
 * report endpoint `/__forge/csp-report/<resource key>`.
 */
export function createResourceServer(options: ResourceServerOptions, themeCss: string): Server {
  const { resources, root, permissions, siteOrigin, onReport } = options;

  async function serveResource(req: IncomingMessage, res: ServerResponse, key: string, file: string) {
    const dir = resources.get(key);
    if (!dir) return text(res, 404, `manifest.yml has no resource '${key}'`);
    const base = resolve(root, dir);
    const path = normalize(join(base, file || 'index.html'));
    if (path !== base && !path.startsWith(base + sep)) return text(res, 403, 'Forbidden');
    const [body, html] = await Promise.all([
      readFile(path).catch(() => null),
      readFile(join(base, 'index.html')).catch(() => null),
    ]);
    if (!body || !html)
      return text(res, 404, `Not built: ${dir}/${file}. Run npm start, which builds the UI.`);
    const hostname = new URL(`http://${req.headers.host ?? 'localhost'}`).hostname;
    const origin = `http://${req.headers.host ?? 'localhost'}`;
    const csp = forgeCsp(html, permissions, {
      siteOrigin: siteOrigin(hostname),
      reportUri: `${origin}${CSP_REPORT_PATH}/${key}`,
    });
    // Forge puts its bridge into the resource's HTML ahead of the app's scripts, as a script
    // file (an inline one would need a hash in the policy, which is computed from the app's HTML).
    const served = path.endsWith('.html')
      ? Buffer.from(
          body.toString('utf8').replace('<head>', '<head><script src="/__forge/bridge.js"></script>'),
        )
      : body;
    send(res, 200, served, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': csp,
    });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    let m = path.match(/^\/app\/([a-z0-9-]+)\/(.*)$/);
    if (m && (req.method === 'GET' || req.method === 'HEAD')) return serveResource(req, res, m[1], m[2]);
    m = path.match(new RegExp(`^${CSP_REPORT_PATH}/([a-z0-9-]+)$`));
    if (m && req.method === 'POST') {
      const report = reportOf(m[1], await readBody(req));
      if (report) onReport(report);
      return send(res, 204, '', {});
    }
    if (path === '/__forge/bridge.js')
      return send(res, 200, await readFile(join(PUBLIC, 'bridge.js')), { 'content-type': TYPES['.js'] });
    if (path === '/__forge/theme.css') return send(res, 200, themeCss, { 'content-type': TYPES['.css'] });
    text(res, 404, 'Not found');
  }

  return createServer((req, res) => {
    route(req, res).catch((error: unknown) =>
      text(res, 500, error instanceof Error ? error.message : String(error)),
    );
  });
}
