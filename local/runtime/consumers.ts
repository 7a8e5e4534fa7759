import { LIMITS, type ConsumerDeclaration } from '../events';
import type { ParsedManifest } from './manifest';

/**
 * The `consumer` modules of manifest.yml with their function's time limit. Either form Forge's
 * manifest schema accepts: `function: key` (current) or `resolver: {function, method}` (1.x).
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/consumer/
 */
export function consumersOf(manifest: ParsedManifest): ConsumerDeclaration[] {
  return manifest.modules
    .filter((m) => m.type === 'consumer')
    .map((m) => {
      const functionKey = m.function ?? m.resolverFunction;
      if (!m.queue || !functionKey)
        throw new Error(
          `consumer '${m.key}' needs a queue and a function (or resolver.function and resolver.method)`,
        );
      if (!m.function && !m.resolverMethod)
        throw new Error(`consumer '${m.key}' has a resolver without a method`);
      const fn = manifest.functions.get(functionKey);
      if (!fn)
        throw new Error(`consumer '${m.key}' names the function '${functionKey}', which manifest.yml lacks`);
      const timeoutSeconds = fn.timeoutSeconds ?? LIMITS.defaultTimeoutSeconds;
      if (!(timeoutSeconds >= 1 && timeoutSeconds <= LIMITS.maxTimeoutSeconds))
        throw new Error(
          `function '${functionKey}': timeoutSeconds must be between 1 and ${LIMITS.maxTimeoutSeconds}`,
        );
      return {
        key: m.key,
        queue: m.queue,
        functionKey,
        method: m.function ? undefined : m.resolverMethod,
        timeoutSeconds,
      };
    });
}
