import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0–2.2 A and AA; the 2.2 target-size rule runs only when wcag22aa is named. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe violations, summarised so a failure message says what and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Options first: .options() replaces whatever withTags() set. Asking only for violations spares
  // axe from listing every passing node, which is most of its time on a long page.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(wcagTags).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}
