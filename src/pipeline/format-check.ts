import { formatProblem } from '../errors/gloss-error.ts';
import type { ArticleCheck } from './check-article.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Formats check results for a terminal: one block per article, then a total. */
export function formatCheck(checks: ArticleCheck[]): string {
  const lines: string[] = [];
  for (const c of checks) {
    lines.push(`${c.slug} (${c.file})`);
    if (c.counts) {
      const { sections, actors, figures, dates, claims } = c.counts;
      const total = Object.values(claims).reduce((a, b) => a + b, 0);
      const kinds = Object.entries(claims)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
      lines.push(
        `  ${plural(sections, 'section')}, ${plural(actors, 'actor')}, ${plural(figures, 'figure')}, ${plural(dates, 'date')}; ${plural(total, 'claim')}: ${kinds}`,
      );
    }
    if (c.unsure.length) {
      lines.push(`  ${plural(c.unsure.length, 'annotation')} below ${c.minConfidence}, hidden from readers:`);
      for (const u of c.unsure)
        lines.push(`    ${u.kind} ${JSON.stringify(u.text)} (${u.rule}, ${u.confidence}) in ${u.section}`);
    }
    if (c.undescribed.length) {
      lines.push(
        `  ${plural(c.undescribed.length, 'actor')} with no description: ${c.undescribed.map((a) => a.name).join(', ')}`,
      );
    }
    for (const e of c.errors)
      lines.push(
        ...formatProblem('error', e, e.message, e.fix)
          .split('\n')
          .map((l) => `  ${l}`),
      );
    for (const w of c.warnings) lines.push(`  ${formatProblem('warning', w, w.message)}`);
  }
  const errors = checks.reduce((n, c) => n + c.errors.length, 0);
  const warnings = checks.reduce((n, c) => n + c.warnings.length, 0);
  lines.push(
    `${plural(checks.length, 'article')} checked: ${errors ? plural(errors, 'error') : 'no errors'}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}
