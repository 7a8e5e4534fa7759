import type { LocalRuntime } from '../runtime';
import type { HostUser } from './server';

/** Fills a fresh data folder with the demo portfolio (TODO: wired once the mutation resolvers land). */
export async function seedDemoPortfolio(_runtime: LocalRuntime, _users: HostUser[]): Promise<void> {
  return;
}
