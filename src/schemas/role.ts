import { z } from 'zod';
import { domainIdSchema } from './ids';

export const sectors = [
  'education',
  'early-years',
  'health',
  'social-care',
  'youth-justice',
  'police',
  'housing',
  'voluntary',
  'multi-agency',
] as const;

/** A role or service in the "who can help" directory (content/roles/<id>.yaml). */
export const roleSchema = z.object({
  /** The role as practitioners name it. */
  name: z.string().min(2),
  /** Abbreviations and other titles (EWO, SALT, attendance officer…), used by search. */
  aliases: z.array(z.string()).default([]),
  /** The sector the role sits in. */
  sector: z.enum(sectors),
  /** One or two sentences for result lists. */
  summary: z.string().min(20).max(300),
  /** What the role does, in plain words (Markdown). */
  whatTheyDo: z.string().min(40),
  /** The expertise and resources they bring to work around a child. */
  whatTheyBring: z.array(z.string()).min(1),
  /** Situations in which to involve them. */
  whenToInvolve: z.array(z.string()).min(1),
  /** Words and categories the role uses, so others learn its language. */
  theirWords: z.array(z.string()).default([]),
  /** Concerns a practitioner might type when looking for help ("not attending school", "speech"). */
  concerns: z.array(z.string()).min(1),
  /** Life domains the role mostly works in. */
  domains: z.array(domainIdSchema).min(1),
  /** The statutory basis or guidance the role works under, if any. */
  statutoryBasis: z.string().optional(),
  /** Filled in by the organisation that hosts the course: how to reach this role locally. */
  local: z
    .object({
      /** A team or service name. */
      team: z.string().optional(),
      /** How to make contact (phone, email, portal), as text. */
      howToReach: z.string().optional(),
      /** Anything else locally useful (referral form, hours). */
      notes: z.string().optional(),
    })
    .default({}),
  /** Sources for the description. */
  sources: z.array(z.string()).default([]),
});

export type Role = z.output<typeof roleSchema>;
