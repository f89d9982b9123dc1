import { z } from 'zod';
import { audienceSchema } from './audiences';
import { idSchema } from './ids';

/** One step of a pathway: a module, scenario or session plan, with why it sits here. */
export const stepSchema = z.object({
  type: z.enum(['module', 'scenario', 'session']),
  /** The id of the module, scenario or session. */
  id: idSchema,
  /** Why this step comes at this point. */
  note: z.string().min(5),
  /**
   * The scenario or session is still being written: the step is shown as coming, its id is not
   * checked and it does not count towards completion. The check warns once the id exists.
   */
  planned: z.boolean().default(false),
});

/** A route through the course for one kind of use (content/pathways/<id>.yaml). */
export const pathwaySchema = z.object({
  title: z.string().min(3),
  summary: z.string().min(20).max(400),
  /** Order among pathways. */
  order: z.number().int().positive(),
  audiences: z.array(audienceSchema).min(1),
  /** The rationale for the order chosen (Markdown). */
  rationale: z.string().min(40),
  /** CPD minutes for the whole pathway. */
  minutes: z.number().int().positive(),
  steps: z.array(stepSchema).min(1),
  /** Shown on the printable record when every step is complete. */
  completionStatement: z.string().min(20),
});

export type Pathway = z.output<typeof pathwaySchema>;
