import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The README's main command, run as a newcomer runs it: `npm start -- --port P --data DIR` as a
 * child process. It must print the URL, serve the host page, serve the surfaces from their own
 * origin under Forge's CSP, and answer `portfolio.get` through POST /__forge/invoke. (The bundles are built by this project's global
 * setup, so `npm start` finds them current and skips the rebuild.)
 */
const ROOT = join(__dirname, '../..');
const STARTUP_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function waitForUrls(child: ChildProcess, output: string[]): Promise<{ url: string; frames: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URL within ${STARTUP_MS} ms:\n${output.join('')}`)),
      STARTUP_MS,
    );
    const read = (chunk: Buffer) => {
      output.push(chunk.toString());
      const text = output.join('');
      const url = text.match(/Open (http:\/\/localhost:\d+\/)/);
      const frames = text.match(/Custom UI frames: (http:\/\/localhost:\d+\/)/);
      if (url && frames) {
        clearTimeout(timer);
        resolve({ url: url[1], frames: frames[1] });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code} before printing the URL:\n${output.join('')}`));
    });
  });
}

let child: ChildProcess;
let dataDir: string;
const output: string[] = [];

afterAll(() => {
  // npm runs the app through a shell: stop the whole process group.
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

test('npm start serves the host page, the surfaces (own origin, Forge CSP) and portfolio.get on the demo portfolio', async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'market-layer-start-'));
  const port = await freePort();
  child = spawn('npm', ['start', '--', '--port', String(port), '--data', dataDir], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, PORT: '' },
  });
  const { url, frames } = await waitForUrls(child, output);
  expect(url).toBe(`http://localhost:${port}/`);
  expect(output.join('')).toContain(`Data: ${dataDir}`);

  const host = await fetch(url);
  expect(host.status).toBe(200);
  expect(await host.text()).toContain('<html');
  expect(frames).not.toBe(url);
  const surface = await fetch(new URL('app/portfolio/index.html', frames));
  expect(await surface.text()).toContain('./main.js');
  const csp = surface.headers.get('content-security-policy') ?? '';
  expect(csp).toContain(`frame-ancestors 'self'`);
  expect(csp).toContain(`http://localhost:${port}`); // the host page, standing in for the Jira site
  const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src ')) ?? '';
  expect(scriptSrc).toMatch(/^script-src 'self' /);
  expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);

  const answer = await fetch(new URL('__forge/invoke', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'avery.lead@acme-demo.test', moduleKey: 'portfolio', key: 'portfolio.get' }),
  });
  const { result } = (await answer.json()) as {
    result: { ok: boolean; data: { viewer: { canManage: boolean }; solutions: unknown[] } };
  };
  expect(result.ok).toBe(true);
  expect(result.data.viewer.canManage).toBe(true); // the portfolio lead
  // The demo portfolio was seeded into the --data folder.
  expect(result.data.solutions.length).toBeGreaterThan(0);
}, 90_000);
