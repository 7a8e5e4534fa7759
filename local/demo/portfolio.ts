/**
 * The demo market layer `npm start` seeds on a fresh data folder: markets, business priorities
 * and solutions of a B2B software company, linked to epics of the demo site. Plain data in the
 * contract's input shapes; references are by name (markets, priorities) and issue key (epics).
 */
export interface DemoMarket {
  name: string;
  description: string;
  segments: { kind: 'industry' | 'region' | 'size'; value: string }[];
  strategicWeight: number;
  status: 'target' | 'explore' | 'sustain' | 'exit';
}
export interface DemoPriority {
  market: string;
  title: string;
  outcome: string;
  layer: 'executive' | 'senior-manager' | 'user';
  importance: number;
  status: 'hypothesis' | 'validated' | 'retired';
  evidence: { customerOrg: string; role: string; date: string; note: string }[];
}
export interface DemoSolution {
  name: string;
  valueStatement: string;
  priorities: string[];
  horizon: 'now' | 'next' | 'later';
  status: 'proposed' | 'committed' | 'in-delivery' | 'delivered' | 'dropped';
  epics: { key: string; note: string }[];
}

export const DEMO_MARKETS: DemoMarket[] = [
  {
    name: 'Mid-market financial services',
    description: 'Regional banks, insurers and lenders with 500–5,000 staff, modernising their back office.',
    segments: [
      { kind: 'industry', value: 'Financial services' },
      { kind: 'region', value: 'Europe' },
      { kind: 'size', value: 'Mid-market' },
    ],
    strategicWeight: 5,
    status: 'target',
  },
  {
    name: 'Healthcare networks',
    description: 'Hospital groups and clinic networks coordinating care across many sites.',
    segments: [
      { kind: 'industry', value: 'Healthcare' },
      { kind: 'region', value: 'North America' },
      { kind: 'size', value: 'Enterprise' },
    ],
    strategicWeight: 4,
    status: 'explore',
  },
  {
    name: 'Public sector agencies',
    description: 'National and regional agencies moving citizen services to the cloud.',
    segments: [
      { kind: 'industry', value: 'Government' },
      { kind: 'region', value: 'Europe' },
    ],
    strategicWeight: 3,
    status: 'target',
  },
];

export const DEMO_PRIORITIES: DemoPriority[] = [
  {
    market: 'Mid-market financial services',
    title: 'Close the books in days, not weeks',
    outcome: 'Month-end close in 3 working days instead of 8',
    layer: 'executive',
    importance: 5,
    status: 'validated',
    evidence: [
      {
        customerOrg: 'Northbank',
        role: 'CFO',
        date: '2026-09-14',
        note: 'Close takes 8 days; the board wants 3 by next year.',
      },
    ],
  },
  {
    market: 'Mid-market financial services',
    title: 'Pass regulatory audits without fire drills',
    outcome: 'No access-review findings in the annual audit',
    layer: 'senior-manager',
    importance: 4,
    status: 'validated',
    evidence: [
      {
        customerOrg: 'Lakeside Mutual',
        role: 'Head of Compliance',
        date: '2026-08-02',
        note: 'Two findings last year on leavers keeping access.',
      },
    ],
  },
  {
    market: 'Mid-market financial services',
    title: 'Let customers change their plan themselves',
    outcome: 'Half of plan changes done without a support ticket',
    layer: 'user',
    importance: 3,
    status: 'hypothesis',
    evidence: [],
  },
  {
    market: 'Healthcare networks',
    title: 'Protect patient data across every site',
    outcome: 'One access policy and audit trail for all clinics',
    layer: 'executive',
    importance: 5,
    status: 'validated',
    evidence: [
      {
        customerOrg: 'St. Aldric Health',
        role: 'CIO',
        date: '2026-07-21',
        note: 'A breach at one clinic is a breach for the group.',
      },
    ],
  },
  {
    market: 'Healthcare networks',
    title: 'Give clinicians answers on the move',
    outcome: 'Ward staff approve and look up without returning to a desk',
    layer: 'user',
    importance: 4,
    status: 'hypothesis',
    evidence: [],
  },
  {
    market: 'Public sector agencies',
    title: 'Keep citizen data in the country',
    outcome: 'Every record stored and processed in-country, provably',
    layer: 'executive',
    importance: 5,
    status: 'validated',
    evidence: [
      {
        customerOrg: 'Federal Office of Registries',
        role: 'Director General',
        date: '2026-10-03',
        note: 'A hard requirement of the new cloud act.',
      },
    ],
  },
  {
    market: 'Public sector agencies',
    title: 'Shorten procurement cycles',
    outcome: 'Buy a new module in one quarter, not a year',
    layer: 'senior-manager',
    importance: 3,
    status: 'hypothesis',
    evidence: [],
  },
];

export const DEMO_SOLUTIONS: DemoSolution[] = [
  {
    name: 'Continuous close',
    valueStatement:
      'Finance teams close the month in three days because invoices, currencies and the ledger stay reconciled every day.',
    priorities: ['Close the books in days, not weeks'],
    horizon: 'now',
    status: 'in-delivery',
    epics: [
      { key: 'BILL-19', note: 'Multi-currency invoices reconcile on the day' },
      { key: 'ANLY-7', note: 'Daily close report for the controller' },
      { key: 'INT-18', note: 'Ledger entries flow to the ERP every night' },
    ],
  },
  {
    name: 'Audit-ready access',
    valueStatement: 'Compliance officers answer any auditor question about who could see what, in minutes.',
    priorities: ['Pass regulatory audits without fire drills', 'Protect patient data across every site'],
    horizon: 'next',
    status: 'committed',
    epics: [
      { key: 'IAM-16', note: 'One audit trail for every sign-in and permission change' },
      { key: 'IAM-11', note: 'Roles that leavers lose on their last day' },
      { key: 'PLAT-33', note: 'Encryption at rest for every tenant' },
    ],
  },
  {
    name: 'Sovereign cloud',
    valueStatement:
      'Agencies and hospital groups keep every record in-country and can prove it to a regulator.',
    priorities: ['Keep citizen data in the country', 'Protect patient data across every site'],
    horizon: 'now',
    status: 'in-delivery',
    epics: [
      { key: 'PLAT-1', note: 'EU data residency' },
      { key: 'PLAT-12', note: 'Failover that never leaves the region' },
      { key: 'ANLY-15', note: 'Warehouse exports stay in-region' },
    ],
  },
  {
    name: 'Clinicians on the move',
    valueStatement:
      'Ward staff approve requests and find answers from their phone, securely, without a desk.',
    priorities: ['Give clinicians answers on the move'],
    horizon: 'next',
    status: 'committed',
    epics: [
      { key: 'MOB-4', note: 'Push notifications for approvals' },
      { key: 'MOB-16', note: 'Biometric sign-in on shared devices' },
      { key: 'IAM-26', note: 'Session policies for shared devices' },
    ],
  },
  {
    name: 'Self-serve plan changes',
    valueStatement:
      'Customers change their plan when they need to, and see the new price before they confirm.',
    priorities: ['Let customers change their plan themselves'],
    horizon: 'later',
    status: 'proposed',
    epics: [{ key: 'BILL-1', note: 'Usage-based pricing customers can switch to' }],
  },
  {
    name: 'Procurement fast lane',
    valueStatement: 'Agencies add a module through a pre-approved framework, in weeks.',
    priorities: ['Shorten procurement cycles'],
    horizon: 'later',
    status: 'proposed',
    epics: [],
  },
];
