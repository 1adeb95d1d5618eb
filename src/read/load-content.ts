import { readFileSync, globSync, existsSync, statSync } from 'node:fs';
import { join, dirname, basename, relative } from 'node:path';
import { readArticle, slugFromFile, type ArticleSource } from './read-article.ts';
import { readContext, type LoadedContext } from './read-context.ts';
import { GlossError } from '../errors/gloss-error.ts';
import { nearest } from './nearest.ts';

/** One article's source and the context files that apply to it. */
export interface ArticleInput {
  source: ArticleSource;
  contexts: LoadedContext[];
  /** The raw bytes of everything read, for the content digest. */
  digestInput: string;
}

const ARTICLE = /\.(md|markdown|txt)$/i;
// The same extensions as a glob, in any case (`Op-ed.MD` is an article too); dotfiles never match.
const ARTICLE_GLOB = '*.{[mM][dD],[mM][aA][rR][kK][dD][oO][wW][nN],[tT][xX][tT]}';

/** Reads the shared context files of a content folder (`<root>/context/*.yaml`). */
export function readSharedContexts(root: string, cwd = process.cwd()): { contexts: LoadedContext[]; text: string } {
  const dir = join(root, 'context');
  if (!existsSync(dir)) return { contexts: [], text: '' };
  const files = globSync('*.{yaml,yml}', { cwd: dir }).sort();
  let text = '';
  const contexts = files.map((f) => {
    const path = join(dir, f);
    const body = readUtf8(relative(cwd, path), path);
    text += body;
    return readContext(relative(cwd, path), body, false);
  });
  return { contexts, text };
}

/** Reads one article file and its own context file beside it. */
export function readArticleInput(
  path: string,
  shared: { contexts: LoadedContext[]; text: string },
  cwd = process.cwd(),
): ArticleInput {
  const display = relative(cwd, path) || path;
  if (!existsSync(path))
    throw new GlossError({ file: display }, 'no such file', 'check the path; articles live in content/articles/');
  if (statSync(path).isDirectory())
    throw new GlossError({ file: display }, 'this is a folder, not an article file', 'name a .md or .txt file');
  const bytes = readFileSync(path);
  const source = readArticle(display, bytes);
  const ownPath = contextPathOf(path);
  const contexts = [...shared.contexts];
  let ownText = '';
  if (existsSync(ownPath)) {
    ownText = readUtf8(relative(cwd, ownPath), ownPath);
    contexts.unshift(readContext(relative(cwd, ownPath), ownText, true));
  }
  return { source, contexts, digestInput: digestInput(path, bytes, ownText, shared.text) };
}

/**
 * Reads what an article's model depends on (its bytes, its own context file, the shared context
 * text) without parsing any of it: the same `digestInput` as `readArticleInput`, for a loader
 * that parses only the articles whose digest changed.
 */
export function readDigestInput(path: string, sharedText: string): string {
  const ownPath = contextPathOf(path);
  return digestInput(path, readFileSync(path), existsSync(ownPath) ? readFileSync(ownPath, 'utf8') : '', sharedText);
}

/** An article's own context file: named after its file (`My Op-ed.context.yaml`) or its slug (`my-op-ed.context.yaml`). */
const contextPathOf = (path: string) => {
  const byName = join(dirname(path), `${basename(path).replace(ARTICLE, '')}.context.yaml`);
  return existsSync(byName) ? byName : join(dirname(path), `${slugFromFile(path)}.context.yaml`);
};
// The file's name is part of it: `x.txt` and `x.md` with the same bytes are read differently.
const digestInput = (path: string, bytes: Buffer, ownText: string, sharedText: string) =>
  `${basename(path)}\0${bytes.toString('base64')}\0${ownText}\0${sharedText}`;

/** Lists the article files of a content folder, failing on two files with one slug. */
export function listArticles(root: string, cwd = process.cwd()): string[] {
  const dir = join(root, 'articles');
  if (!existsSync(dir))
    throw new GlossError(
      { file: relative(cwd, dir) },
      'the articles folder is missing',
      'create content/articles/ and put an op-ed in it as .md or .txt',
    );
  const files = globSync(ARTICLE_GLOB, { cwd: dir }).sort();
  if (files.length === 0)
    throw new GlossError(
      { file: relative(cwd, dir) },
      'there are no articles (.md or .txt files)',
      'add an op-ed, e.g. content/articles/my-op-ed.md',
    );
  const seen = new Map<string, string>();
  for (const f of files) {
    const slug = slugFromFile(f);
    const other = seen.get(slug);
    if (other) {
      throw new GlossError(
        { file: relative(cwd, join(dir, f)) },
        `two articles have the slug \`${slug}\` (also ${other})`,
        'rename one of the files: the slug comes from the file name',
      );
    }
    seen.set(slug, f);
  }
  // A context file is found by its article's file name or slug: one named after no article would
  // be dropped unseen, and a second one for an article would be.
  const owner = new Map<string, string>();
  for (const c of globSync('*.context.yaml', { cwd: dir }).sort()) {
    const name = c.slice(0, -'.context.yaml'.length);
    const article = files.find((f) => f.replace(ARTICLE, '') === name) ?? seen.get(slugFromFile(name));
    const place = { file: relative(cwd, join(dir, c)) };
    if (!article) {
      const near = nearest(name, [...seen.keys()]);
      throw new GlossError(
        place,
        `no article has the slug \`${name}\`, so this context file belongs to none`,
        near
          ? `did you mean \`${near}\`? Rename it ${near}.context.yaml`
          : `name it after its article's slug (\`my-op-ed.md\` → \`my-op-ed.context.yaml\`), or remove it`,
      );
    }
    const other = owner.get(article);
    if (other) {
      throw new GlossError(
        place,
        `${article} already has a context file (${other})`,
        'keep one context file for an article: merge the two',
      );
    }
    owner.set(article, c);
  }
  return files.map((f) => join(dir, f));
}

function readUtf8(display: string, path: string): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GlossError({ file: display }, 'the file is not valid UTF-8', 'save it as UTF-8');
  }
}
