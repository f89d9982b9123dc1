import { z } from 'zod';
import { domainIdSchema, idSchema } from './ids';

/** A competency dimension that scenario decisions are scored on. */
export const dimensionSchema = z.object({
  id: idSchema,
  name: z.string().min(3),
  description: z.string().min(20),
  /** What good practice on this dimension looks like. */
  good: z.string().min(20),
  /** Where the dimension comes from in the research. */
  source: z.string().min(5),
  /** The module that teaches it. */
  module: idSchema,
});

/** A domain of a child's life whose vulnerability the scenarios track. */
export const domainSchema = z.object({
  id: domainIdSchema,
  name: z.string().min(3),
  description: z.string().optional(),
  /** The bounded vulnerability scale: 0 is no concern. */
  scale: z.object({ min: z.literal(0), max: z.number().int().min(3).max(20) }),
});

/** content/framework.yaml as a whole. */
export const frameworkSchema = z.object({
  dimensions: z.array(dimensionSchema).min(1),
  domains: z.array(domainSchema).length(5),
});

export type Dimension = z.output<typeof dimensionSchema>;
export type Domain = z.output<typeof domainSchema>;
export type Framework = z.output<typeof frameworkSchema>;
