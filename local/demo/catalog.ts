/** Products of a B2B software company, each with the themes its epics are about. */
export interface ProductSpec {
  key: string;
  name: string;
  description: string;
  themes: string[];
}

export const DEMO_PRODUCTS: ProductSpec[] = [
  {
    key: 'BILL',
    name: 'Billing',
    description: 'Subscriptions, invoicing and payments.',
    themes: [
      'usage-based pricing',
      'invoice PDFs',
      'dunning',
      'multi-currency',
      'tax calculation',
      'credit notes',
      'payment retries',
      'revenue reports',
      'partner payouts',
      'quote-to-cash',
    ],
  },
  {
    key: 'IAM',
    name: 'Identity',
    description: 'Sign-in, single sign-on and access control.',
    themes: [
      'SAML single sign-on',
      'SCIM provisioning',
      'role-based access',
      'audit trail',
      'passkeys',
      'session policies',
      'delegated admin',
      'API tokens',
      'guest access',
      'tenant isolation',
    ],
  },
  {
    key: 'ANLY',
    name: 'Analytics',
    description: 'Dashboards, reports and data exports.',
    themes: [
      'executive dashboards',
      'scheduled reports',
      'data warehouse export',
      'cohort analysis',
      'usage insights',
      'benchmarking',
      'forecasting',
      'KPI alerts',
      'embedded charts',
      'data retention',
    ],
  },
  {
    key: 'INT',
    name: 'Integrations',
    description: 'Connectors, webhooks and the public API.',
    themes: [
      'Salesforce connector',
      'SAP connector',
      'webhooks v2',
      'public REST API',
      'ERP sync',
      'Slack notifications',
      'bulk import',
      'event streaming',
      'marketplace listing',
      'rate limiting',
    ],
  },
  {
    key: 'MOB',
    name: 'Mobile',
    description: 'The iOS and Android apps.',
    themes: [
      'offline mode',
      'push notifications',
      'mobile approvals',
      'biometric sign-in',
      'tablet layout',
      'in-app onboarding',
      'crash reporting',
      'accessibility',
      'dark mode',
      'field service checklists',
    ],
  },
  {
    key: 'PLAT',
    name: 'Platform',
    description: 'Infrastructure, reliability and data residency.',
    themes: [
      'EU data residency',
      'zero-downtime deploys',
      'multi-region failover',
      'cost observability',
      'Kubernetes upgrade',
      'encryption at rest',
      'search cluster',
      'feature flags',
      'SOC 2 controls',
      'disaster recovery',
    ],
  },
];

/** Extra products for large generated sites (benchmarks), beyond the six demo ones. */
export const MORE_PRODUCT_NAMES = [
  'Procurement',
  'Payroll',
  'Compliance',
  'Marketplace',
  'Logistics',
  'Support Desk',
  'Field Service',
  'Contracts',
  'Inventory',
  'Forecasting',
  'Onboarding',
  'Messaging',
  'Documents',
  'Scheduling',
  'Expenses',
  'Partner Portal',
  'Learning',
  'Workflow',
  'Reporting Hub',
  'Risk',
];

export const EPIC_PATTERNS = [
  'Launch {theme}',
  '{theme} for enterprise customers',
  'Self-serve {theme}',
  'Modernise {theme}',
  '{theme}: general availability',
  'Automate {theme}',
  '{theme} in regulated markets',
  'Scale {theme} to 10x volume',
];

export const CHILD_PATTERNS: Array<{ type: 'Story' | 'Task' | 'Bug'; text: string }> = [
  { type: 'Story', text: 'As an admin, I can configure {theme}' },
  { type: 'Story', text: 'As a finance lead, I can review {theme} results' },
  { type: 'Story', text: 'Customer-facing settings page for {theme}' },
  { type: 'Task', text: 'API design review for {theme}' },
  { type: 'Task', text: 'Load test {theme}' },
  { type: 'Task', text: 'Write rollout plan for {theme}' },
  { type: 'Task', text: 'Security review of {theme}' },
  { type: 'Bug', text: 'Edge case: {theme} fails for accounts with no owner' },
  { type: 'Bug', text: 'Timeout in {theme} for large tenants' },
];

export const LABELS = ['enterprise', 'compliance', 'growth', 'tech-debt', 'customer-request', 'q3-plan'];
