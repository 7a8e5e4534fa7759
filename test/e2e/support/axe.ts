import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

/** axe-core's script, run in a frame through the browser's devtools protocol (the app's CSP stays on). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The app frame of a page, by its title, as a Frame (axe runs inside the frame's own document). */
export async function frameNamed(page: Page, title: string): Promise<Frame> {
  const handle = await page.locator(`iframe.frame[title="${title}"]`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`No app frame "${title}"`);
  return frame;
}

/** Every axe violation of any impact in the frame's document, WCAG rules and best practices alike. */
export async function axeFindings(frame: Frame): Promise<AxeFinding[]> {
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}
