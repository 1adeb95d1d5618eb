import { z } from 'zod';

/** What an editor may put in an article's YAML frontmatter. All optional; unknown keys are errors. */
export const FrontmatterSchema = z.strictObject({
  /** Headline. Default: the first heading, else the file name, with a warning. */
  title: z.string().trim().min(1).optional(),
  /** Standfirst shown under the title. */
  dek: z.string().trim().min(1).optional(),
  /** Byline, e.g. `Jane Doe`. */
  author: z.string().trim().min(1).optional(),
  /** Where it was first published, e.g. `The Daily Planet`. */
  publication: z.string().trim().min(1).optional(),
  /** Publication date, YYYY-MM-DD, e.g. `2024-06-20`: relative dates resolve against it. */
  publishedAt: z.iso.date().optional(),
  /** Address of the original, e.g. `https://example.org/op-ed`. */
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Licence of the text, e.g. `CC BY 4.0`. */
  license: z.string().trim().min(1).optional(),
  /** A note on the text's source, shown in the header. */
  sourceNote: z.string().trim().min(1).optional(),
});
export type Frontmatter = z.output<typeof FrontmatterSchema>;
