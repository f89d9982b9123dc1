import { z } from 'zod';
import { idSchema } from './ids';

/** A glossary entry (content/glossary/<id>.yaml). */
export const glossarySchema = z.object({
  /** The term as written in running text. */
  term: z.string().min(2),
  /** Other names and spellings a learner might search for. */
  aliases: z.array(z.string()).default([]),
  /** One sentence, shown inline where the term is used in a module. */
  short: z.string().min(10).max(280),
  /** The fuller explanation on the term's own page (Markdown). */
  definition: z.string().min(40),
  /** Where the idea comes from, as a citation. */
  source: z.string().optional(),
  /** Related glossary ids. */
  related: z.array(idSchema).default([]),
  /** Module ids that teach the term. */
  modules: z.array(idSchema).default([]),
});

export type GlossaryEntry = z.output<typeof glossarySchema>;
