/** The app's four Forge surfaces as the local host shows them, with a heading each one renders. */
export interface Surface {
  /** File-name part for screenshots. */
  name: 'portfolio' | 'project' | 'epic' | 'admin';
  path: string;
  frameTitle: string;
  heading: string | RegExp;
}

export const SURFACES: readonly Surface[] = [
  {
    name: 'portfolio',
    path: '/jira/apps/market-layer',
    frameTitle: 'Market layer portfolio',
    heading: 'Market layer',
  },
  {
    name: 'project',
    path: '/jira/software/projects/BILL/apps/market-context',
    frameTitle: 'Market context',
    heading: /^Market context for /,
  },
  {
    name: 'epic',
    path: '/browse/BILL-19',
    frameTitle: 'Solutions for this epic',
    heading: 'Continuous close',
  },
  {
    name: 'admin',
    path: '/jira/settings/apps/market-layer',
    frameTitle: 'Market layer settings',
    heading: 'Market layer settings',
  },
];
