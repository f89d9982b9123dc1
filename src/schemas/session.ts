import { z } from 'zod';
import { audienceSchema } from './audiences';
import { contentNoteSchema } from './content-note';
import { idSchema } from './ids';

/** Frontmatter of a facilitator session plan (content/sessions/<id>.mdx). */
export const sessionSchema = z.object({
  title: z.string().min(3),
  summary: z.string().min(20).max(400),
  order: z.number().int().positive(),
  /** Length of the session in minutes. */
  minutes: z.number().int().positive(),
  audiences: z.array(audienceSchema).min(1),
  /** What to prepare: rooms, printouts, screens. */
  materials: z.array(z.string()).default([]),
  /** Scenario ids used in the session. */
  scenarios: z.array(idSchema).default([]),
  /** Module ids participants may read beforehand or afterwards. */
  modules: z.array(idSchema).default([]),
  /** Works cited in the plan, APA 7, as on module pages. */
  references: z.array(z.string().min(10)).default([]),
  /** What the session deals with that participants may find hard; scenarios used add their own. */
  contentNote: contentNoteSchema.optional(),
});

export type SessionPlan = z.output<typeof sessionSchema>;
