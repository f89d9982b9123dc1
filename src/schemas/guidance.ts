import { z } from 'zod';

/*
 * The editions of law and guidance that course content is checked against. Modules and scenarios
 * name them in `checkedAgainst`, with the date of that check in `lastReviewed`, and the page shows
 * both, so an organisation can see how current each piece is. When a new edition appears, add it
 * here and re-check the content that names the old one.
 */
export const guidance = {
  'working-together-2023': 'Working Together to Safeguard Children (DfE, 2023, amended 2024)',
  'kcsie-2025': 'Keeping Children Safe in Education (DfE, 2025)',
  'information-sharing-2024': 'Information sharing: advice for practitioners providing safeguarding services (DfE, 2024)',
  'send-code-2015': 'SEND Code of Practice: 0 to 25 years (DfE and Department of Health, 2015)',
  'equality-act-2010': 'Equality Act 2010 (reasonable adjustments for disabled pupils)',
  'behaviour-in-schools-2024': 'Behaviour in schools: advice for headteachers and school staff (DfE, 2024)',
  'attendance-2024': 'Working together to improve school attendance (DfE, statutory from August 2024)',
  'children-act-1989': 'Children Act 1989, sections 17 and 47',
  'cwsa-2026': "Children's Wellbeing and Schools Act 2026 (commencement by regulations)",
  'families-first-2025': 'Families First Partnership programme guide (DfE, March 2025)',
  'youth-justice-standards-2019': 'Standards for children in the youth justice system (Youth Justice Board, 2019)',
  'domestic-abuse-act-2021': 'Domestic Abuse Act 2021',
  'healthy-child-programme': 'Healthy Child Programme 0 to 19 (health visiting and school nursing guidance)',
} as const;

export type GuidanceId = keyof typeof guidance;
export const guidanceIds = Object.keys(guidance) as [GuidanceId, ...GuidanceId[]];

/** A date written YYYY-MM-DD, as text (how the scenario reader, YAML 1.2, hands it over). */
export const isoDateText = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD, such as 2026-12-06');

/** The same date from MDX frontmatter, whose reader (YAML 1.1) turns an unquoted date into a Date. */
export const isoDateSchema = z
  .union([z.date(), isoDateText])
  .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10)));

const checkedAgainst = z
  .array(z.enum(guidanceIds))
  .min(1)
  .describe('The editions of law and guidance it was checked against, e.g. working-together-2023, kcsie-2025.');

/** How current a module is: when it was last checked, and against what. */
export const reviewFields = {
  /** When someone last checked the content against the guidance below (YYYY-MM-DD). */
  lastReviewed: isoDateSchema,
  /** The editions of law and guidance it was checked against (ids above). */
  checkedAgainst,
};

/** The same for a scenario file. */
export const scenarioReviewFields = {
  /** When someone last checked the scenario against the guidance below (YYYY-MM-DD). */
  lastReviewed: isoDateText.describe(
    'When someone last checked this scenario against the guidance in checkedAgainst (YYYY-MM-DD).',
  ),
  /** The editions of law and guidance it was checked against. */
  checkedAgainst,
};

/** "6 December 2026", for the page. */
export function formatReviewDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
