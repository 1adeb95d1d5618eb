import { z } from 'zod';

/** A calendar date at the precision the text gives: a year, a month or a day. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is "YYYY", "YYYY-MM" or "YYYY-MM-DD"');

/** A link to a source or a reference page, such as Wikipedia or Wikidata. */
export const LinkSchema = z.object({
  /** What the reader sees, e.g. `Wikipedia`. */
  label: z.string().min(1),
  /** An absolute http(s) URL. */
  url: z.url({ protocol: /^https?$/ }),
});
export type Link = z.output<typeof LinkSchema>;

/** Curated context an editor wrote for one item: a note and its sources. */
export const NoteSchema = z.object({
  /** The editor's note, plain text. */
  text: z.string().min(1),
  /** Where the note's facts come from. Default: none. */
  sources: z.array(LinkSchema).default([]),
});
export type Note = z.output<typeof NoteSchema>;

/** The kinds of named actor Gloss tells apart. */
export const ActorKindSchema = z.enum(['person', 'country', 'organization', 'place', 'group']);
export type ActorKind = z.output<typeof ActorKindSchema>;

/** The kinds of claim: every sentence is one of these. */
export const ClaimKindSchema = z.enum(['fact', 'forecast', 'recommendation', 'opinion']);
export type ClaimKind = z.output<typeof ClaimKindSchema>;

/** Where an annotation came from and how sure the pipeline is of it. */
export const ProvenanceSchema = z.object({
  /** The rule that found or decided it, e.g. `actor.title-before-name`, or `curated` for an editor's entry. */
  rule: z.string().min(1),
  /** 0-1: how often this rule is right, calibrated on hand-annotated texts; 1 for curated entries. */
  confidence: z.number().min(0).max(1),
});
export type Provenance = z.output<typeof ProvenanceSchema>;

/** A stretch of a section's text that names an actor, a figure or a date. */
export const MentionSchema = ProvenanceSchema.extend({
  kind: z.enum(['actor', 'figure', 'date']),
  /** The id of the actor, figure or date it names. */
  ref: z.string().min(1),
  /** Exactly `section.text.slice(start, end)`. */
  text: z.string().min(1),
  /** Start index (JS string index) in the section's text. */
  start: z.number().int().nonnegative(),
  /** End index, exclusive. */
  end: z.number().int().positive(),
});
export type Mention = z.output<typeof MentionSchema>;

/** An editor's verdict on a checkable claim, for ClaimReview, as a context file writes it. */
export const VerdictRatingSchema = z.strictObject({
  /** Short rating, e.g. `Inaccurate`. */
  rating: z.string().min(1),
  /** Rating on a 1 (false) to 5 (true) scale, for structured data. */
  score: z.number().int().min(1).max(5).optional(),
});

/** A verdict in the model: its rating, and the evidence for it when the claim has no note to carry it. */
export const VerdictSchema = VerdictRatingSchema.extend({
  /** Default: none. */
  sources: z.array(LinkSchema).default([]),
});

/** One sentence of a section, classified. */
export const ClaimSchema = ProvenanceSchema.extend({
  /** `<section id>-c<n>`, unique in the article. */
  id: z.string().min(1),
  text: z.string().min(1),
  kind: ClaimKindSchema,
  /** The words or the rule that decided the kind, e.g. `should` or `question`, for the editor. */
  cue: z.string().min(1),
  /** Whether the kind came from the editor's context rather than the classifier. */
  curated: z.boolean().default(false),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  actors: z.array(z.string()),
  figures: z.array(z.string()),
  dates: z.array(z.string()),
  note: NoteSchema.optional(),
  verdict: VerdictSchema.optional(),
});
export type Claim = z.output<typeof ClaimSchema>;

/** A section: a paragraph, or paragraphs grouped under a heading. */
export const SectionSchema = z
  .object({
    /** Readable slug, unique in the article, used as anchor and permalink. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** The Markdown heading that opened it, if any. */
    heading: z.string().nullable().default(null),
    /** Plain text; paragraphs within a section are separated by a blank line. */
    text: z.string().min(1),
    mentions: z.array(MentionSchema),
    claims: z.array(ClaimSchema),
  })
  .superRefine((section, ctx) => {
    for (const [i, m] of [...section.mentions, ...section.claims].entries()) {
      if (m.end > section.text.length || section.text.slice(m.start, m.end) !== m.text) {
        ctx.addIssue({
          code: 'custom',
          message: `span ${m.start}-${m.end} must slice the section text to ${JSON.stringify(m.text)}`,
          path: ['spans', i],
        });
      }
    }
  });
export type Section = z.output<typeof SectionSchema>;

/** A named actor: a person, country, organisation, place or named group. */
export const ActorSchema = z.object({
  id: z.string().min(1),
  /** Canonical name, e.g. `Angela Merkel`. */
  name: z.string().min(1),
  kind: ActorKindSchema,
  /** Other names the article or the context uses for it, e.g. a capital for its country. */
  aliases: z.array(z.string()),
  /** A title seen before the name, e.g. `President`. */
  role: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
  links: z.array(LinkSchema).default([]),
  /** Ids of the sections that mention it, in order. */
  sections: z.array(z.string()),
});
export type Actor = z.output<typeof ActorSchema>;

/** A date worked out from the text rather than written in it ("in 24 years" → about 2000); shown as derived. */
export const DerivedDateSchema = z.object({
  /** Where the implied period starts, or when the implied event happened. */
  start: PartialDateSchema,
  /** Where the implied period ends, or null for a single point. */
  end: PartialDateSchema.nullable(),
  /** True when the words it comes from are hedged or rounded ("nearly 30 months"). */
  approximate: z.boolean(),
  /** How it was derived, in words for the reader, e.g. `Australian financial year, July to June`. */
  how: z.string().min(1),
});
export type DerivedDate = z.output<typeof DerivedDateSchema>;

/** A number the article rests on, with what it counts and how sure it is. */
export const FigureSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  /** Best single value; for a range, its low end or null when unknown. */
  value: z.number().nullable(),
  low: z.number().optional(),
  high: z.number().optional(),
  approximate: z.boolean(),
  /** What it counts, e.g. `shells`, `USD`, `%`. */
  unit: z.string().nullable(),
  /** The section it appears in. */
  section: z.string(),
  /** Ids of the claims (sentences) that rest on it. */
  claims: z.array(z.string()).default([]),
  note: NoteSchema.optional(),
  /** The date this duration implies in its sentence, marked as derived; absent when none. */
  derived: DerivedDateSchema.optional(),
});
export type Figure = z.output<typeof FigureSchema>;

/** A calendar reference, resolved against the publication date. */
export const DateRefSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  start: PartialDateSchema.nullable(),
  end: PartialDateSchema.nullable(),
  section: z.string(),
  /** Ids of the claims (sentences) that rest on it. */
  claims: z.array(z.string()).default([]),
  note: NoteSchema.optional(),
  /** What the written date implies beyond its words (a financial year's months), marked as derived. */
  derived: DerivedDateSchema.optional(),
});
export type DateRef = z.output<typeof DateRefSchema>;

/** A problem the pipeline noticed but worked around. */
export const WarningSchema = z.object({ message: z.string(), line: z.number().int().optional() });

/** The article model: what the site, the JSON API and the tests read. */
export const ArticleSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(1),
  dek: z.string().nullable().default(null),
  author: z.string().nullable().default(null),
  publication: z.string().nullable().default(null),
  /** Publication date, `YYYY-MM-DD`, or null when the article gives none. */
  publishedAt: z.iso.date().nullable(),
  sourceUrl: z.url().nullable().default(null),
  license: z.string().nullable().default(null),
  /** The editor's source note, e.g. where the text came from. */
  sourceNote: z.string().nullable().default(null),
  sections: z.array(SectionSchema).min(1),
  actors: z.array(ActorSchema),
  figures: z.array(FigureSchema),
  dates: z.array(DateRefSchema),
  warnings: z.array(WarningSchema).default([]),
});
export type Article = z.output<typeof ArticleSchema>;
