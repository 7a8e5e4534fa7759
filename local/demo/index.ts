export { demoSite, DEMO_SECURED_EPIC_SUMMARY } from './demo-site';
export { generateSite, type SiteCounts } from './generate-site';
export { DEMO_USERS, DEMO_GROUPS, type DemoUserRole } from './demo-users';
export { BASE_DATE, DEMO_APP, DEMO_BASE_URL, ISSUE_TYPES, STATUSES, LEADERSHIP_LEVEL } from './skeleton';
export { createPrng, type Prng } from './prng';
export { DEMO_MARKETS, DEMO_PRIORITIES, DEMO_SOLUTIONS } from './portfolio';
