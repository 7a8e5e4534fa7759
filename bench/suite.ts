/** One benchmark module: `npm run bench -- <name>` runs only the suites named. */
export interface Suite {
  name: string;
  title: string;
  run(): Promise<void>;
}
