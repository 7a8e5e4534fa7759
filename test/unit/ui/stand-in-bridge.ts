// @forge/bridge reads globalThis.__bridge when it loads, as it does inside Jira's iframe, so this
// module must be imported before anything that imports @forge/bridge.
type Invocation = { functionKey: string; payload: unknown };
type Answer = (invocation: Invocation) => Promise<unknown>;

let answer: Answer = async () => undefined;
export const invocations: Invocation[] = [];

/** Sets how the stand-in host answers the next `invoke` calls. */
export function answerWith(next: Answer): void {
  answer = next;
}

(globalThis as { __bridge?: unknown }).__bridge = {
  callBridge: async (name: string, payload: Invocation) => {
    if (name !== 'invoke') return undefined;
    invocations.push(payload);
    return answer(payload);
  },
};
