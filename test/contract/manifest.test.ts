import { join } from 'node:path';
import { FullValidationProcessor, validate } from '@forge/manifest';
import { readManifest } from '../../local/runtime/manifest';
import { epicLayerProperty } from '../../src/domain';
import * as index from '../../src/index';

const root = join(__dirname, '../..');
const manifestPath = join(root, 'manifest.yml');

// Forge's own linter, offline: the CLI runs these before `forge deploy`.
describe('manifest.yml', () => {
  const cwd = process.cwd();
  beforeAll(() => process.chdir(root));
  afterAll(() => process.chdir(cwd));

  // Forge's validators read the whole project tree: slow on a busy machine.
  jest.setTimeout(120_000);

  it('passes @forge/manifest validation with no errors or warnings', async () => {
    const result = await validate(false, manifestPath);
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('passes the full validation processor with deprecated runtimes declared', async () => {
    const processor = new FullValidationProcessor({ deprecatedRuntimes: ['nodejs18.x', 'nodejs20.x'] });
    const result = await processor.process(manifestPath);
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('declares the four surfaces, the permission, the trigger and the daily reconcile', () => {
    const manifest = readManifest(manifestPath);
    const byType = (type: string) => manifest.modules.filter((m) => m.type === type).map((m) => m.key);
    expect(byType('jira:globalPage')).toEqual(['portfolio']);
    expect(byType('jira:projectPage')).toEqual(['market-context']);
    expect(byType('jira:issuePanel')).toEqual(['epic-solutions']);
    expect(byType('jira:adminPage')).toEqual(['settings']);
    expect(byType('jira:globalPermission')).toEqual(['manage-market-layer']);
    expect(byType('jira:dashboardGadget')).toEqual([
      'solution-readiness',
      'product-balance',
      'market-investment',
    ]);
    expect(byType('jira:issueContext')).toEqual(['epic-serves']);
    const trigger = manifest.modules.find((m) => m.type === 'trigger');
    expect(trigger?.events).toEqual(
      expect.arrayContaining(['avi:jira:updated:issue', 'avi:jira:deleted:issue']),
    );
    expect(manifest.modules.find((m) => m.type === 'scheduledTrigger')?.interval).toBe('day');
  });

  it('shows the epic panel and the context line only on epics, and gives each gadget its edit mode', () => {
    const manifest = readManifest(manifestPath);
    const conditionsOf = (key: string) => manifest.modules.find((m) => m.key === key)?.raw.displayConditions;
    expect(conditionsOf('epic-solutions')).toEqual({ issueType: 'Epic' });
    // The context line: also only on epics that carry the market-layer property (linked epics).
    expect(conditionsOf('epic-serves')).toEqual({
      issueType: 'Epic',
      entityPropertyExists: { entity: 'issue', propertyKey: 'market-layer' },
    });
    for (const gadget of manifest.modules.filter((m) => m.type === 'jira:dashboardGadget')) {
      expect(gadget.resource).toBe('gadgets');
      expect(gadget.raw.edit).toEqual({ resource: 'gadgets' });
    }
  });

  it('asks only for the scopes the app uses (least privilege)', () => {
    const text = readManifest(manifestPath).text;
    const scopes = [...text.matchAll(/^\s+- ((?:read|write|manage|storage):[a-z:-]+)$/gm)].map((m) => m[1]);
    expect(scopes.sort()).toEqual(['read:jira-user', 'read:jira-work', 'storage:app', 'write:jira-work']);
  });

  it('indexes the market-layer property under marketLayer.* aliases and declares the four JQL functions', () => {
    const manifest = readManifest(manifestPath);
    const [property] = manifest.modules.filter((m) => m.type === 'jira:entityProperty').map((m) => m.raw);
    expect(property.propertyKey).toBe('market-layer');
    const values = property.values as { path: string; type: string; searchAlias: string }[];
    expect(values.map((v) => v.searchAlias)).toEqual([
      'marketLayer.solution',
      'marketLayer.solutionId',
      'marketLayer.market',
      'marketLayer.marketId',
      'marketLayer.priority',
      'marketLayer.priorityId',
      'marketLayer.layer',
      'marketLayer.integrationIndex',
    ]);
    // Every indexed path is one the app writes (src/domain/epic-layer.ts).
    const written = epicLayerProperty({ contributions: [], solutions: [], priorities: [], markets: [] });
    expect(values.map((v) => v.path).sort()).toEqual(Object.keys(written).sort());
    const functions = manifest.modules.filter((m) => m.type === 'jira:jqlFunction');
    expect(functions.map((m) => m.raw.name)).toEqual([
      'marketLayerSolution',
      'marketLayerMarket',
      'marketLayerPriority',
      'marketLayerLayer',
    ]);
    for (const fn of functions) {
      expect(fn.raw).toMatchObject({ types: ['issue'], operators: ['in'], function: 'jql-function' });
    }
    const handler = manifest.functions.get('jql-function')?.handler;
    expect(handler).toBe('index.jqlFunction');
    expect(typeof index.jqlFunction).toBe('function');
  });
});
