import type { ZodTypeAny } from 'zod';
import { moduleSchema } from '../schemas/module';
import { glossarySchema } from '../schemas/glossary';
import { roleSchema } from '../schemas/role';
import { pathwaySchema } from '../schemas/pathway';
import { sessionSchema } from '../schemas/session';

/** A kind of course file: where it lives, how it is written, what it must contain. */
export interface ContentKind {
  dir: string;
  /** MDX files carry their data as YAML frontmatter; the rest are YAML through and through. */
  format: 'mdx' | 'yaml';
  schema: ZodTypeAny;
}

export const contentKinds = {
  modules: { dir: 'content/modules', format: 'mdx', schema: moduleSchema },
  sessions: { dir: 'content/sessions', format: 'mdx', schema: sessionSchema },
  glossary: { dir: 'content/glossary', format: 'yaml', schema: glossarySchema },
  roles: { dir: 'content/roles', format: 'yaml', schema: roleSchema },
  pathways: { dir: 'content/pathways', format: 'yaml', schema: pathwaySchema },
} as const satisfies Record<string, ContentKind>;

export type ContentKindName = keyof typeof contentKinds;
