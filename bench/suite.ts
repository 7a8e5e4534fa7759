/** One benchmark module: `npm run bench -- <name>` runs only the suites named. */
export interface Suite {
  name: string;
  title: string;
  run(): Promise<void>;
}

/**
 * `npm run bench -- scale --only epic,import,delete`: the parts of the scale suite to run alone
 * (empty: all of it), so XL can be built once and only those measured.
 */
export const benchOptions = { only: new Set<string>() };
