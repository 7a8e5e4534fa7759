// Bundles each Custom UI surface (static/<surface>/src/index.tsx) into static/<surface>/build/,
// the folder manifest.yml names as that surface's Forge resource.
// Asset paths in index.html are relative (./main.js) because Forge serves each resource from
// its own path: https://developer.atlassian.com/platform/forge/custom-ui/#resources
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const SURFACES = ['portfolio', 'project', 'epic', 'admin', 'gadgets', 'context'];
const TITLES = {
  portfolio: 'Market layer',
  project: 'Market context',
  epic: 'Solutions for this epic',
  admin: 'Market layer settings',
  gadgets: 'Market layer gadget',
  context: 'Market layer',
};

function html(title, hasCss) {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${title}</title>`,
    hasCss ? '<link rel="stylesheet" href="./main.css" />' : '',
    '</head>',
    '<body>',
    '<div id="root"></div>',
    '<script src="./main.js"></script>',
    '</body>',
    '</html>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Tests and `npm start` may serve a build while another process rebuilds it: each file is
 * replaced by a rename, so a reader sees the old file or the new one, never a missing or half one.
 */
function writeAtomically(file, contents) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

function writeHtml(surface) {
  const outdir = path.join(ROOT, 'static', surface, 'build');
  const hasCss = fs.existsSync(path.join(outdir, 'main.css'));
  writeAtomically(path.join(outdir, 'index.html'), html(TITLES[surface], hasCss));
}

/**
 * Builds every surface whose source exists; resolves to the names built. One esbuild call for
 * all surfaces, so the shared Atlaskit modules are parsed once.
 */
async function buildUi({ surfaces = SURFACES } = {}) {
  const present = surfaces.filter((s) => fs.existsSync(path.join(ROOT, 'static', s, 'src', 'index.tsx')));
  if (present.length === 0) return [];
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(
      present.map((s) => [`${s}/build/main`, path.join(ROOT, 'static', s, 'src', 'index.tsx')]),
    ),
    outdir: path.join(ROOT, 'static'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    sourcemap: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.svg': 'dataurl', '.png': 'dataurl', '.woff': 'file', '.woff2': 'file' },
    logLevel: 'warning',
    legalComments: 'none',
    write: false,
  });
  result.outputFiles.forEach((file) => writeAtomically(file.path, file.contents));
  present.forEach(writeHtml);
  return present;
}

/** Newest modification time under `dir` in ms, skipping build output and scratch folders. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'build' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/**
 * True when every surface's bundle is newer than everything it is built from: the UI sources,
 * the contract they import, the installed packages and this script. `npm start` then skips the
 * build, so a restart takes a second instead of a rebuild.
 */
function uiIsCurrent({ surfaces = SURFACES } = {}) {
  const outputs = surfaces.flatMap((s) =>
    ['main.js', 'index.html'].map((f) => path.join(ROOT, 'static', s, 'build', f)),
  );
  if (!outputs.every((f) => fs.existsSync(f))) return false;
  const oldestOutput = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  const inputs = [
    newestMtime(path.join(ROOT, 'static')),
    newestMtime(path.join(ROOT, 'src', 'contract')),
    fs.statSync(path.join(ROOT, 'package-lock.json')).mtimeMs,
    fs.statSync(__filename).mtimeMs,
  ];
  return Math.max(...inputs) < oldestOutput;
}

module.exports = { buildUi, uiIsCurrent, SURFACES };

if (require.main === module) {
  const started = Date.now();
  buildUi()
    .then((built) => {
      const list = built.length ? built.join(', ') : 'nothing (no static/<surface>/src/index.tsx yet)';
      console.log(`Built ${list} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    })
    .catch((error) => {
      console.error(error.message);
      process.exitCode = 1;
    });
}
