import type { EmulatorResponse, JiraRequest, JiraService } from '../../local/types';
import { validateRequest, validateResponse } from './openapi-validator';

/** One request that went through the recorder and the response it got, as JSON on the wire. */
export interface JiraExchange {
  request: JiraRequest;
  response: EmulatorResponse;
}

/** A JiraService that passes everything to the wrapped one and keeps a copy of the traffic. */
export interface RecordedJira extends JiraService {
  /** Every exchange so far, oldest first. */
  readonly exchanges: readonly JiraExchange[];
  /** Forgets the exchanges recorded so far. */
  clear(): void;
  /** Every contract error in the recorded traffic, each prefixed by the exchange's number; empty = all conform. */
  contractViolations(): string[];
}

/**
 * Wraps a JiraService so integration tests can assert that the whole app's Jira traffic, both
 * what the app sends and what the emulator answers, conforms to Atlassian's OpenAPI description:
 *
 *     const jira = recordJiraTraffic(createJiraSite(demoSite()));
 *     ... run handlers against `jira` ...
 *     expect(jira.contractViolations()).toEqual([]);
 */
export function recordJiraTraffic(jira: JiraService): RecordedJira {
  const exchanges: JiraExchange[] = [];
  return {
    exchanges,
    handle(request) {
      const response = jira.handle(request);
      // A JSON round trip records what crosses the wire (no Dates, no undefined fields, no shared
      // objects the caller could mutate later), while the caller still gets the original response.
      exchanges.push({
        request: { ...request, body: overTheWire(request.body) },
        response: { ...response, body: overTheWire(response.body) },
      });
      return response;
    },
    clear() {
      exchanges.length = 0;
    },
    contractViolations() {
      return exchanges.flatMap((exchange, index) =>
        exchangeViolations(exchange).map((error) => `#${index + 1} ${error}`),
      );
    },
  };
}

/** The contract errors of one exchange: its request, then its response. */
export function exchangeViolations({ request, response }: JiraExchange): string[] {
  return [
    ...validateRequest(request.method, request.path, { body: request.body }),
    ...validateResponse(request.method, request.path, response.status, response.body),
  ];
}

function overTheWire(body: unknown): unknown {
  return body === undefined ? undefined : JSON.parse(JSON.stringify(body));
}
