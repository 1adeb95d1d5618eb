// compromise's tagger alone (no phrase plugins): the same tags, a smaller and faster load.
import nlp from 'compromise/two';

/** A word with its span in the text and its part-of-speech tags (compromise's tag set). */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  tags: Set<string>;
  /** Whether punctuation (a comma, a full stop…) follows the word. */
  punctAfter: boolean;
}

interface TermJson {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Tags the words of a text with compromise, keeping each word's exact span. */
export function tagWords(text: string): Word[] {
  const words: Word[] = [];
  const sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
  for (const s of sentences) {
    for (const t of s.terms) {
      const start = t.offset.start;
      const end = start + t.offset.length;
      if (end <= start || text.slice(start, end) !== t.text) continue;
      words.push({
        text: t.text,
        start,
        end,
        lower: t.text.toLowerCase().replace(/’/g, "'"),
        tags: new Set(t.tags),
        punctAfter: /[^\s'"’”)\]]/.test(t.post.trim().slice(0, 1)) || /[.,;:!?—–]/.test(t.post),
      });
    }
  }
  return words;
}

/** Index of the first word that starts at or after `offset`. */
export function wordAt(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
