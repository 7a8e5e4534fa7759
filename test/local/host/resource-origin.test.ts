import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalRuntime, type LocalRuntime } from '../../../local/runtime';
import { forgeCspDirectives, manifestPermissions } from '../../../local/host/csp';
import { startHost, type RunningHost } from '../../../local/host/start';
import { hostUsers } from '../../../local/host/users';

/**
 * The Custom UI resources come from an origin of their own, every file with the CSP @forge/csp
 * computes for its resource; the host page's origin no longer serves them.
 */
const ROOT = join(__dirname, '../../..');
const permissions = manifestPermissions(readFileSync(join(ROOT, 'manifest.yml'), 'utf8'));
let runtime: LocalRuntime;
let host: RunningHost;
let resourceRoot: string;

beforeAll(async () => {
  // No UI build here: the scratch bundle stands in for the portfolio resource (static/portfolio/build).
  resourceRoot = mkdtempSync(join(tmpdir(), 'market-layer-resources-'));
  cpSync(join(ROOT, 'test/fixtures/csp-scratch'), join(resourceRoot, 'static/portfolio/build'), {
    recursive: true,
  });
  runtime = createLocalRuntime();
  host = await startHost({ runtime, appRoot: ROOT, resourceRoot, users: hostUsers(runtime.site) });
});
afterAll(async () => {
  await host.close();
  runtime.close();
  rmSync(resourceRoot, { recursive: true, force: true });
});

/** A GET with the path sent as written (fetch would resolve `..` first). */
function rawGet(url: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    get({ hostname, port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

test('the resources are on another port of the same host name, which the host page is told', async () => {
  const host_ = new URL(host.url);
  const resources = new URL(host.resourceUrl);
  expect(resources.hostname).toBe(host_.hostname);
  expect(resources.port).not.toBe(host_.port);
  const site = (await (await fetch(`${host.url}/__forge/site`)).json()) as { resourcePort: number };
  expect(String(site.resourcePort)).toBe(resources.port);
});

test('every file of a resource carries the policy @forge/csp computes from its index.html and manifest.yml', async () => {
  const html = readFileSync(join(resourceRoot, 'static/portfolio/build/index.html'));
  const expected = forgeCspDirectives(html, permissions, {
    siteOrigin: host.url,
    reportUri: `${host.resourceUrl}/__forge/csp-report/portfolio`,
  });
  for (const file of ['index.html', 'main.js']) {
    const answer = await fetch(`${host.resourceUrl}/app/portfolio/${file}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-security-policy')?.split('; ')).toEqual(expected);
  }
  // The bridge goes in first, as a file of the resources origin: no inline script is added.
  const page = await (await fetch(`${host.resourceUrl}/app/portfolio/`)).text();
  expect(page).toMatch(
    /^<!doctype html>\s*<html lang="en">\s*<head><script src="\/__forge\/bridge\.js"><\/script>/,
  );
});

test('the bridge script and the theme sheet come from the resources origin, not the host page', async () => {
  const bridge = await fetch(`${host.resourceUrl}/__forge/bridge.js`);
  expect(bridge.status).toBe(200);
  expect(await bridge.text()).toContain('callBridge');
  const theme = await fetch(`${host.resourceUrl}/__forge/theme.css`);
  expect(await theme.text()).toContain('--ds-text');
  // The host page answers its own routes only; /app/… is one of its pages (a "not found" page).
  const old = await fetch(`${host.url}/app/portfolio/main.js`);
  expect(await old.text()).toContain('<html');
  expect(old.headers.get('content-security-policy')).toBeNull();
});

test('an unknown resource is 404 and nothing outside a resource folder is served', async () => {
  expect((await fetch(`${host.resourceUrl}/app/nothing/index.html`)).status).toBe(404);
  // `..` (plain or percent-encoded) resolves before routing, so it leaves /app/ altogether.
  expect(await rawGet(host.resourceUrl, '/app/portfolio/../../../../package.json')).toBe(404);
  expect(await rawGet(host.resourceUrl, '/app/portfolio/%2e%2e/%2e%2e/%2e%2e/package.json')).toBe(404);
  expect((await fetch(`${host.resourceUrl}/app/portfolio/missing.js`)).status).toBe(404);
  // static/icons has no index.html, so no policy can be computed for it: not served.
  expect((await fetch(`${host.resourceUrl}/app/icons/market-layer.svg`)).status).toBe(404);
});

test('a CSP report posted to report-uri is kept, named by its resource; anything else is ignored', async () => {
  const post = (body: string) =>
    fetch(`${host.resourceUrl}/__forge/csp-report/portfolio`, {
      method: 'POST',
      headers: { 'content-type': 'application/csp-report' },
      body,
    });
  const report = {
    'csp-report': {
      'document-uri': `${host.resourceUrl}/app/portfolio/index.html`,
      'effective-directive': 'connect-src',
      'blocked-uri': 'https://undeclared.example.com/data',
    },
  };
  expect((await post(JSON.stringify(report))).status).toBe(204);
  expect((await post('not json')).status).toBe(204);
  expect(host.cspReports).toEqual([
    {
      resource: 'portfolio',
      documentUri: `${host.resourceUrl}/app/portfolio/index.html`,
      violatedDirective: 'connect-src',
      blockedUri: 'https://undeclared.example.com/data',
    },
  ]);
  host.cspReports.splice(0);
});

test("the policy is Forge's: only hostname and report-uri stand in for Atlassian's", () => {
  const html = '<html><head><script>boot()</script></head><body></body></html>';
  const policy = forgeCspDirectives(html, permissions, {
    siteOrigin: 'http://127.0.0.1:3000',
    reportUri: 'http://127.0.0.1:3001/__forge/csp-report/portfolio',
  });
  const named = (name: string) => policy.find((d) => d.startsWith(`${name} `)) ?? '';
  expect(named('report-uri')).toBe('report-uri http://127.0.0.1:3001/__forge/csp-report/portfolio');
  expect(named('frame-ancestors')).toContain('http://127.0.0.1:3000');
  // The inline script of the HTML is allowed by its hash, as Forge does; nothing else inline.
  expect(named('script-src')).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'$/);
  expect(named('script-src')).not.toMatch(/unsafe/);
  // manifest.yml declares `content.styles: unsafe-inline` (Atlaskit's run-time styles).
  expect(named('style-src')).toContain(`'unsafe-inline'`);
  expect(named('connect-src')).not.toContain('localhost:*');
  expect(named('sandbox')).toBe(
    'sandbox allow-popups allow-popups-to-escape-sandbox allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts',
  );
});
