export { demoSite, DEMO_SECURED_EPIC_SUMMARY } from './demo-site';
export { generateSite, type SiteCounts } from './generate-site';
export { DEMO_USERS, DEMO_GROUPS, type DemoUserRole } from './demo-users';
export { DEMO_APP, DEMO_FIELDS, ISSUE_TYPES, STATUSES } from './skeleton';
export { createPrng, type Prng } from './prng';
export { DEMO_MARKETS, DEMO_PRIORITIES, DEMO_SOLUTIONS } from './portfolio';
