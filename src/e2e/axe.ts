import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA, and axe's best practices. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core in the page and lists its violations as `rule: selectors`; a page that refuses axe says so. */
export async function axeViolations(page: Page, runOnly: string[] = WCAG_AA): Promise<string[]> {
  await page.addScriptTag({ content: source }).catch(() => undefined);
  return page.evaluate(async (tags) => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe?: { run: (o: object) => Promise<Result> } }).axe;
    if (!axe) return ['axe could not load'];
    const { violations } = await axe.run({ runOnly: tags });
    return violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  }, runOnly);
}
