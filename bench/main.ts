import { performance } from 'node:perf_hooks';
import { domainSuite } from './domain.bench';
import { jiraSuite } from './jira.bench';
import { kvsSuite } from './kvs.bench';
import { e2eSuite } from './e2e.bench';
import { scaleSuite } from './scale.bench';
import { browserSuite } from './browser.bench';
import { backupSuite } from './backup.bench';
import { heading, note } from './report';
import { benchOptions, type Suite } from './suite';

/**
 * `npm run bench [-- <suite> …]`: runs every suite (or the ones named) in this one process and
 * prints medians, p95 and growth between sizes. Numbers only, never pass/fail.
 */
const SUITES: Suite[] = [domainSuite, jiraSuite, kvsSuite, e2eSuite, scaleSuite, browserSuite, backupSuite];

async function main(names: readonly string[]): Promise<void> {
  const unknown = names.filter((n) => !SUITES.some((s) => s.name === n));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown suite ${unknown.join(', ')}; choose from ${SUITES.map((s) => s.name).join(', ')}`,
    );
  }
  // The scale suite prints the browser and backup figures too: `browser` or `backup` alone is for
  // when only they matter.
  const chosen =
    names.length === 0
      ? SUITES.filter((s) => s !== browserSuite && s !== backupSuite)
      : SUITES.filter((s) => names.includes(s.name));
  const start = performance.now();
  console.log(`Market Layer benchmarks · Node ${process.version} · ${new Date().toISOString()}`);
  note('A shared, noisy machine: compare ratios measured in one run, not absolute times across runs.');
  for (const suite of chosen) {
    heading(suite.title);
    await suite.run();
  }
  console.log(`\nDone in ${((performance.now() - start) / 1000).toFixed(0)} s.`);
}

/** The suites named, after taking out `--only a,b` (the scale suite's parts: bench/suite.ts). */
function parseArgs(args: readonly string[]): string[] {
  const at = args.indexOf('--only');
  if (at < 0) return [...args];
  (args[at + 1] ?? '')
    .split(',')
    .filter(Boolean)
    .forEach((part) => benchOptions.only.add(part));
  return args.filter((_, i) => i !== at && i !== at + 1);
}

main(parseArgs(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
