import { z } from 'zod';

/** Who a module, scenario or pathway is written for. Used for filters and pathway choice. */
export const audiences = [
  'teachers',
  'school-leaders',
  'social-workers',
  'health-practitioners',
  'early-years',
  'educational-psychologists',
  'youth-justice',
  'voluntary-sector',
  'trainee-teachers',
  'social-work-students',
  'facilitators',
] as const;

export const audienceSchema = z.enum(audiences);
export type Audience = z.infer<typeof audienceSchema>;

/** Human labels for the audiences, for filters and cards. */
export const audienceLabels: Record<Audience, string> = {
  teachers: 'Teachers and school staff',
  'school-leaders': 'School and service leaders',
  'social-workers': 'Social workers',
  'health-practitioners': 'Health visitors, school nurses and therapists',
  'early-years': 'Early years practitioners',
  'educational-psychologists': 'Educational psychologists',
  'youth-justice': 'Youth justice practitioners',
  'voluntary-sector': 'Voluntary and community sector staff',
  'trainee-teachers': 'Trainee teachers',
  'social-work-students': 'Social work students',
  facilitators: 'Facilitators and team leaders',
};
