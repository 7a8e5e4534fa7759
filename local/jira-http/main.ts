/**
 * Serves the demo Jira site over HTTP for curl and other clients:
 *
 *     npx tsx local/jira-http/main.ts [--port 8081] [--host 127.0.0.1]
 */
import { demoSite } from '../demo';
import { createJiraSite } from '../jira';
import { serveJira } from './server';

export interface CliOptions {
  port: number;
  host: string;
}

export function parseArgs(args: readonly string[]): CliOptions {
  const options: CliOptions = { port: 8081, host: '127.0.0.1' };
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1];
    if (args[i] === '--port' && value !== undefined && /^\d+$/.test(value) && Number(value) <= 65535) {
      options.port = Number(value);
      i++;
    } else if (args[i] === '--host' && value !== undefined) {
      options.host = value;
      i++;
    } else {
      throw new Error(
        `Unknown or incomplete argument "${args[i]}". Usage: main.ts [--port 8081] [--host 127.0.0.1]`,
      );
    }
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const jira = createJiraSite(demoSite());
  const site = await serveJira(jira, { ...options, users: jira.users });
  console.log(`Demo Jira site on ${site.url} (Basic auth: a demo user's email and any non-empty token)`);
  for (const user of jira.users) console.log(`  ${user.emailAddress.padEnd(28)} ${user.displayName}`);
  console.log(`Try: curl -u ${jira.users[0].emailAddress}:any ${site.url}/rest/api/3/myself`);
  const stop = () => void site.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
