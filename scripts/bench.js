// `npm run bench [-- <suite> …]`: runs bench/main.ts with tsx (TypeScript, no build step) and
// passes the suite names on. A child process keeps tsx's loader out of this plain script.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const result = spawnSync(
  process.execPath,
  ['--expose-gc', '--import', 'tsx', join(root, 'bench', 'main.ts'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exitCode = result.status ?? 1;
