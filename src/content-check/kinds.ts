import type { ZodTypeAny } from 'zod';
import type { CourseFolder } from '../authoring/course-facts';
import { moduleSchema } from '../schemas/module';
import { glossarySchema } from '../schemas/glossary';
import { roleSchema } from '../schemas/role';
import { pathwaySchema } from '../schemas/pathway';
import { sessionSchema } from '../schemas/session';

/** A kind of course file: how it is written and what it must contain (where it lives: courseFolders). */
export interface ContentKind {
  /** MDX files carry their data as YAML frontmatter; the rest are YAML through and through. */
  format: 'mdx' | 'yaml';
  schema: ZodTypeAny;
}

export const contentKinds = {
  modules: { format: 'mdx', schema: moduleSchema },
  sessions: { format: 'mdx', schema: sessionSchema },
  glossary: { format: 'yaml', schema: glossarySchema },
  roles: { format: 'yaml', schema: roleSchema },
  pathways: { format: 'yaml', schema: pathwaySchema },
} as const satisfies Partial<Record<CourseFolder, ContentKind>>;

export type ContentKindName = keyof typeof contentKinds;
