import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { manifestPermissions } from './csp';
import { createResourceServer, type CspReport } from './resource-server';
import { createHost, type HostOptions } from './server';
import { themeCss } from './theme-css';

export interface StartOptions extends HostOptions {
  /** The host page's port; 0 (the default) picks a free one. */
  port?: number;
  /** The Custom UI resources' port (their own origin); 0 (the default) picks a free one. */
  resourcePort?: number;
  /** Where manifest.yml's resource folders are read from; default `appRoot`. */
  resourceRoot?: string;
  /** Called with each CSP violation a frame reports; they are also kept in `cspReports`. */
  onCspReport?: (report: CspReport) => void;
}

export interface RunningHost {
  /** The host page, e.g. `http://127.0.0.1:3000` (no trailing slash). */
  url: string;
  /** The resources' origin on the same host name. */
  resourceUrl: string;
  /** Every CSP violation reported to `report-uri` since the start. */
  cspReports: CspReport[];
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/**
 * The local Jira for the app: the host page on `port` and the Custom UI resources, under Forge's
 * CSP, on `resourcePort` (another origin). Rejects with the listen error (EADDRINUSE, …) of
 * either, having closed the other.
 */
export async function startHost(options: StartOptions): Promise<RunningHost> {
  const { runtime, appRoot, port = 0, resourcePort = 0, resourceRoot = appRoot, onCspReport } = options;
  const cspReports: CspReport[] = [];
  let ports = { host: 0, resources: 0 };
  const resources = createResourceServer(
    {
      resources: runtime.manifest.resources,
      root: resourceRoot,
      permissions: manifestPermissions(runtime.manifest.text),
      siteOrigin: (hostname) => `http://${hostname}:${ports.host}`,
      onReport: (report) => {
        cspReports.push(report);
        onCspReport?.(report);
      },
    },
    themeCss(),
  );
  const host = createHost(options, () => ports.resources);
  try {
    ports = { host: await listen(host, port), resources: 0 };
    ports.resources = await listen(resources, resourcePort);
  } catch (error) {
    await Promise.all([host, resources].filter((s) => s.listening).map(close));
    throw error;
  }
  return {
    url: `http://${HOST}:${ports.host}`,
    resourceUrl: `http://${HOST}:${ports.resources}`,
    cspReports,
    close: async () => {
      await Promise.all([close(host), close(resources)]);
    },
  };
}
