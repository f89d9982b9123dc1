import { z } from 'zod';

/** A kebab-case identifier: the file name of the thing it names, without extension. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

/** The five life domains, fixed course-wide (content/framework.yaml declares their names and scale). */
export const domainIds = ['learning', 'health', 'family', 'community', 'wellbeing'] as const;
export const domainIdSchema = z.enum(domainIds);
export type DomainId = z.infer<typeof domainIdSchema>;
