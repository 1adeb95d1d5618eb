import { ParseEnglish } from 'parse-english';
import type { Sentence as NlcstSentence, Nodes } from 'nlcst';

/** A sentence's span in its section's text. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const parser = new ParseEnglish();

// The English parser keeps "rose to $41,200. The" and "aged over 70. Next" together: a full stop after
// a number, a per cent sign or word ("3 per cent. In 1991"), or a scale letter ends the sentence
// when a capital opens the next word.
const AFTER_NUMBER = /(?<=(?:\d|%|\d\s?(?:bn|mn|tn|[kmb])|\d\s(?:per ?cent|percent)))[.!?](?=\s+["“‘(]*\p{Lu})/gu;
// An abbreviation at a sentence end ("in the U.S. The ...") ends it only before a word that opens
// sentences and never names anything; "U.S. officials" and "U.S. Army" stay whole.
const AFTER_ABBREVIATION =
  /(?<=\b(?:\p{L}\.){2,})(?=\s+["“‘(]*(?:The|This|That|These|Those|It|Its|He|She|We|They|I|In|On|At|But|And|Yet|So|A|An|If|When|As|For|Our|Their|His|Her|There|Today|Now|Then)\b)/gu;

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
      for (const part of splitInside(text, start, end)) push(spans, text, part.start, part.end);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree as Nodes);
  return spans;
}

/** The cuts the parser missed inside one of its sentences. */
function splitInside(text: string, start: number, end: number): { start: number; end: number }[] {
  const slice = text.slice(start, end);
  const cuts: number[] = [];
  for (const re of [AFTER_NUMBER, AFTER_ABBREVIATION]) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      cuts.push(m.index + m[0].length);
      if (m[0] === '') re.lastIndex++;
    }
  }
  if (!cuts.length) return [{ start, end }];
  cuts.sort((a, b) => a - b);
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push({ start: start + from, end: start + cut });
    from = cut;
  }
  parts.push({ start: start + from, end });
  return parts;
}

function push(spans: SentenceSpan[], text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (!trimmed) return;
  spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
}
