import { config } from 'zod/v4/core';

/**
 * Forge serves Custom UI under a CSP with no 'unsafe-eval' (manifest.yml declares no
 * `permissions.content.scripts`, and should not: eval is what the CSP is there to stop). zod 4
 * probes `new Function` as each object schema is built, to compile a faster parser; the CSP
 * refuses it and reports a violation even though zod catches the error. jitless skips the probe
 * and the compiler: parsing in the browser (a backup file at most) keeps zod's plain parser.
 * Imported first by the shared kit, so it runs before any contract schema is built.
 */
config({ jitless: true });
