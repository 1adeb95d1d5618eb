import { ParseEnglish } from 'parse-english';
import type { Sentence as NlcstSentence, Nodes } from 'nlcst';

/** A sentence's span in its section's text. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const parser = new ParseEnglish();

/** Splits text into sentences with their exact spans, paragraph by paragraph (retext's English parser). */
export function segmentSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const tree = parser.parse(text);
  const visit = (node: Nodes) => {
    if (node.type === 'SentenceNode') {
      const s = node as NlcstSentence;
      const start = s.position?.start.offset;
      const end = s.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const slice = text.slice(start, end);
      const trimmed = slice.trimEnd();
      if (trimmed.trim()) spans.push({ start, end: start + trimmed.length, text: trimmed });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree as Nodes);
  return spans;
}
