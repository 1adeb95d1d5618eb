// Content for the build benchmark: many articles made from the shipped ones, each one varied so
// that no two texts (and so no two models) are the same.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const ARTICLE = /\.(md|markdown|txt)$/i;
const FRONTMATTER = /^---\n[\s\S]*?\n---\n/;

/** Splits an article file into its frontmatter block (with fences, or '') and its body. */
function splitFrontmatter(text: string): [string, string] {
  const m = FRONTMATTER.exec(text);
  return m ? [m[0], text.slice(m[0].length)] : ['', text];
}

/** Lists the plain paragraphs of a body: no headings, no thematic breaks. */
function paragraphs(body: string): string[] {
  return body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#') && !/^(?:-{3,}|\*{3,})$/.test(p));
}

/**
 * Writes `count` articles into `<out>/articles/` (and copies `<from>/context/`): article `i` is
 * shipped article `i mod n` under a new slug and title, with one to three paragraphs of the
 * other articles appended, chosen by `i`. An article's own context file is copied with it (its
 * text is kept whole, so every reference still lands). Returns the folder, for GLOSS_CONTENT.
 */
export function generateContent(from: string, out: string, count: number): string {
  const dir = join(from, 'articles');
  const files = readdirSync(dir)
    .filter((f) => ARTICLE.test(f))
    .sort();
  const pool = files.flatMap((f) => paragraphs(splitFrontmatter(readFileSync(join(dir, f), 'utf8'))[1]));
  mkdirSync(join(out, 'articles'), { recursive: true });
  if (existsSync(join(from, 'context'))) {
    mkdirSync(join(out, 'context'), { recursive: true });
    for (const f of readdirSync(join(from, 'context'))) copyFileSync(join(from, 'context', f), join(out, 'context', f));
  }
  for (let i = 0; i < count; i++) {
    const file = files[i % files.length]!;
    const name = file.replace(ARTICLE, '');
    const ext = file.slice(name.length);
    const [front, body] = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
    const title = `Variation ${i + 1}`;
    const frontmatter = front
      ? /^title:/m.test(front)
        ? front.replace(
            /^title:\s*(.*)$/m,
            (_, t: string) => `title: ${JSON.stringify(`${t.replace(/^"|"$/g, '')}, ${title}`)}`,
          )
        : front.replace(/^---\n/, `---\ntitle: ${title}\n`)
      : `---\ntitle: ${title}\n---\n`;
    const extra = Array.from({ length: 1 + (i % 3) }, (_, k) => pool[(i * 7 + k * 5) % pool.length]!);
    const slug = `${name}-${i + 1}`;
    // A text file with no blank line has one paragraph per line: keep its style.
    const sep = ext === '.txt' && !/\n\s*\n/.test(body.trim()) ? '\n' : '\n\n';
    writeFileSync(join(out, 'articles', `${slug}${ext}`), `${frontmatter}${body.trimEnd()}${sep}${extra.join(sep)}\n`);
    const own = join(dir, `${name}.context.yaml`);
    if (existsSync(own)) copyFileSync(own, join(out, 'articles', `${slug}.context.yaml`));
  }
  return out;
}

/** Writes one article `times` times as long as `file` (its paragraphs repeated), under `slug`. */
export function lengthenArticle(file: string, out: string, slug: string, times: number): string {
  const [front, body] = splitFrontmatter(readFileSync(file, 'utf8'));
  const paras = paragraphs(body);
  // Repeats are numbered so each paragraph stays distinct text (and distinct sections ids).
  const long = Array.from({ length: times }, (_, r) => paras.map((p) => (r === 0 ? p : `${p} (Part ${r + 1}.)`)))
    .flat()
    .join(file.endsWith('.txt') && !/\n\s*\n/.test(body.trim()) ? '\n' : '\n\n');
  mkdirSync(join(out, 'articles'), { recursive: true });
  const ext = basename(file).slice(basename(file).replace(ARTICLE, '').length);
  writeFileSync(join(out, 'articles', `${slug}${ext}`), `${front}${long}\n`);
  return out;
}
