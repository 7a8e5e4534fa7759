import Resolver from '@forge/resolver';
import { mutationResolvers } from './resolvers/mutations';
import { readResolvers } from './resolvers/reads';
import { adminResolvers } from './resolvers/admin';
import { handleIssueEvent, runReconcile } from './resolvers/events';
import { handleJobEvent, jobResolvers } from './resolvers/jobs';
import { handleJqlFunction } from './resolvers/jql-functions';

/** The handlers manifest.yml names. Thin: everything else is wired in resolvers/. */
const definitions = { ...readResolvers, ...mutationResolvers, ...adminResolvers, ...jobResolvers };
const resolverApp = new Resolver();
for (const [key, fn] of Object.entries(definitions)) resolverApp.define(key, fn);

export const resolver = resolverApp.getDefinitions();
export const onIssueEvent = handleIssueEvent;
export const reconcile = runReconcile;
export const runJob = handleJobEvent;
export const jqlFunction = handleJqlFunction;
