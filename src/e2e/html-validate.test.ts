import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { htmlFiles } from './html-files.ts';
import { DIST } from './fixture-site.ts';

describe('built HTML', () => {
  it('should have no html-validate errors in any page', async () => {
    const validator = new HtmlValidate(
      new FileSystemConfigLoader({
        extends: ['html-validate:recommended'],
        rules: {
          'no-inline-style': 'off',
          'long-title': 'off',
          'attribute-boolean-style': 'off',
          'no-trailing-whitespace': 'off',
          'void-style': 'off',
          'no-redundant-role': 'off',
        },
      }),
    );
    const files = htmlFiles(DIST);
    expect(files.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const r of report.results)
        for (const m of r.messages)
          if (m.severity === 2) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
