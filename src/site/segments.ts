import type { Claim, Mention, Section } from '../model/article.ts';

/** A run of text, optionally a mention (with its index in the section, for anchors). */
export interface Part {
  text: string;
  mention?: Mention & { index: number };
}

/** A claim (sentence) or the text between claims, split into parts. */
export interface Piece {
  claim?: Claim;
  parts: Part[];
}

/** Splits a section's text into paragraphs of claims and mentions, for rendering. Joining every part gives the text back. */
export function sectionParagraphs(section: Section): Piece[][] {
  const paragraphs: Piece[][] = [];
  let offset = 0;
  for (const para of section.text.split('\n\n')) {
    const start = offset;
    const end = start + para.length;
    offset = end + 2;
    const pieces: Piece[] = [];
    let at = start;
    const claims = section.claims.filter((c) => c.start >= start && c.end <= end);
    for (const claim of claims) {
      if (claim.start > at) pieces.push({ parts: parts(section, at, claim.start) });
      pieces.push({ claim, parts: parts(section, claim.start, claim.end) });
      at = claim.end;
    }
    if (at < end) pieces.push({ parts: parts(section, at, end) });
    paragraphs.push(pieces);
  }
  return paragraphs;
}

function parts(section: Section, from: number, to: number): Part[] {
  const out: Part[] = [];
  let at = from;
  section.mentions.forEach((m, index) => {
    if (m.start < at || m.end > to || m.start < from) return;
    if (m.start > at) out.push({ text: section.text.slice(at, m.start) });
    out.push({ text: m.text, mention: { ...m, index } });
    at = m.end;
  });
  if (at < to) out.push({ text: section.text.slice(at, to) });
  return out;
}
