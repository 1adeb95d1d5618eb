import { z } from 'zod';
import { slugify } from './slug.ts';
import { ActorKindSchema, ClaimKindSchema, LinkSchema, VerdictRatingSchema } from './article.ts';

// The message says what a valid id looks like: an error shows it after "it must be".
const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and hyphens, like `angela-merkel`');

/** A link as an editor writes one; the example shows its shape in error messages. */
const Link = LinkSchema.meta({
  examples: [{ label: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Angela_Merkel' }],
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Tells whether a name gives an actor an id of its own, as the name's slug does: some Latin letter or
 * digit once accents are dropped. `Владимир Зеленский` and `习近平` give none.
 */
const nameGivesId = (name: string) => slugify(name, 8) !== '';

/** An actor as an editor describes it; its name and aliases are also looked for in the text. */
export const ContextActorSchema = z
  .strictObject({
    /** Stable id. Default: the name slugified, e.g. `angela-merkel`; required for a name in another script. */
    id: Id.optional(),
    /** Canonical name, e.g. `Angela Merkel`. */
    name: z.string().trim().min(1),
    /** `person`, `country`, `organization` (British `organisation` is read too), `place` or `group`. */
    kind: z.preprocess((v) => (v === 'organisation' ? 'organization' : v), ActorKindSchema),
    /** Other names in the text that mean this actor, e.g. `Beijing` for China. Default: none. */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** One or two sentences, in the editor's words. */
    description: z.string().trim().min(1).optional(),
    /** Reference pages, e.g. Wikipedia and Wikidata. Default: none. */
    links: z.array(Link).default([]),
  })
  // Without it, two actors named in another script would share the id `actor` and one page.
  .refine(
    // An entry that is no map, or has no name, has its own error already.
    (a: unknown) =>
      !isObject(a) || a.id !== undefined || typeof a.name !== 'string' || !a.name.trim() || nameGivesId(a.name),
    {
      error: (issue) =>
        `the name \`${String((issue.input as { name?: unknown }).name).trim()}\` gives no id in Latin letters, which the actor's page address needs`,
      params: { fix: 'add `id:` in lower-case Latin letters, digits and hyphens, e.g. `id: volodymyr-zelensky`' },
      // Checked even when another field of the entry is wrong, so one run reports both.
      when: () => true,
    },
  );

/** A note on the figure or date whose text contains `match`. */
export const ContextNoteSchema = z.strictObject({
  /** Words of the figure or date as written, e.g. `45,000 tonnes`. */
  match: z.string().trim().min(1),
  /** The note, plain text. */
  note: z.string().trim().min(1),
  /** Where the note's facts come from. Default: none. */
  sources: z.array(Link).default([]),
});

/** An editor's review of the claim (sentence) that contains `match`. */
export const ContextClaimSchema = z.strictObject({
  /** Words from the sentence, exactly as written. */
  match: z.string().trim().min(1),
  /** Overrides the classifier's kind. */
  kind: ClaimKindSchema.optional(),
  note: z.string().trim().min(1).optional(),
  sources: z.array(Link).default([]),
  /** The editor's verdict; claims with one get ClaimReview markup. */
  verdict: VerdictRatingSchema.meta({ examples: [{ rating: 'False', score: 1 }] }).optional(),
});

/** Corrections to what the extraction found. */
export const CorrectionsSchema = z.strictObject({
  /** Mark every occurrence of `text` as a mention of the actor `actor` (an id). */
  add: z.array(z.strictObject({ text: z.string().min(1), actor: Id })).default([]),
  /** Drop mentions whose text is exactly `text` (of one kind, or any). */
  suppress: z
    .array(z.strictObject({ text: z.string().min(1), kind: z.enum(['actor', 'figure', 'date']).optional() }))
    .default([]),
});

/** A curated context file: `content/context/*.yaml` (shared) or `content/articles/<slug>.context.yaml`. */
export const ContextFileSchema = z.strictObject({
  // Two entries with one id would share one actor page, the second silently dropped.
  actors: z
    .array(ContextActorSchema)
    .default([])
    .superRefine((actors, ctx) => {
      const seen = new Map<string, string>();
      actors.forEach((a, i) => {
        const id = a.id ?? slugify(a.name, 8);
        const first = seen.get(id);
        if (!id || first === undefined) return void seen.set(id, a.name);
        ctx.addIssue({
          code: 'custom',
          path: [i, a.id ? 'id' : 'name'],
          message: `this actor's id \`${id}\` is also that of \`${first}\` above, and one id has one page`,
          params: {
            fix: 'give each actor its own `id:`, or make them one entry (other names go in `aliases:`)',
          },
        });
      });
    }),
  figures: z.array(ContextNoteSchema).default([]),
  dates: z.array(ContextNoteSchema).default([]),
  claims: z.array(ContextClaimSchema).default([]),
  corrections: CorrectionsSchema.default({ add: [], suppress: [] }),
  /** Pin a section's id: the section whose text contains `quote` gets `id`. */
  sections: z.array(z.strictObject({ quote: z.string().min(1), id: Id })).default([]),
});
export type ContextFile = z.output<typeof ContextFileSchema>;
