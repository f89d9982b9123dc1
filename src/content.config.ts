import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import { FRAMEWORK_FILE, readFrameworkText } from './authoring/course-facts';
import { formatMessage } from './authoring/message';
import { moduleSchema } from './schemas/module';
import { glossarySchema } from './schemas/glossary';
import { roleSchema } from './schemas/role';
import { pathwaySchema } from './schemas/pathway';
import { sessionSchema } from './schemas/session';
import { dimensionSchema, domainSchema } from './schemas/framework';
import { scenarioLoader } from './integrations/scenario-loader';
import type { CompiledScenario } from './scenario/types';

// Files starting with `_` are drafts: kept in the repository, left out of the site.
const mdx = '**/[^_]*.mdx';
const yaml = '**/[^_]*.{yaml,yml}';

const modules = defineCollection({ loader: glob({ pattern: mdx, base: './content/modules' }), schema: moduleSchema });
const sessions = defineCollection({ loader: glob({ pattern: mdx, base: './content/sessions' }), schema: sessionSchema });
const glossary = defineCollection({ loader: glob({ pattern: yaml, base: './content/glossary' }), schema: glossarySchema });
const roles = defineCollection({ loader: glob({ pattern: yaml, base: './content/roles' }), schema: roleSchema });
const pathways = defineCollection({ loader: glob({ pattern: yaml, base: './content/pathways' }), schema: pathwaySchema });

/**
 * Dimensions and domains share one file; each becomes an entry tagged with its kind. The file is read
 * as the content check and the scenario checker read it (src/authoring/course-facts.ts).
 */
const framework = defineCollection({
  loader: file(`./${FRAMEWORK_FILE}`, {
    parser: (text) => {
      const { framework: fw, messages } = readFrameworkText(text);
      if (!fw) throw new Error(`${FRAMEWORK_FILE} has errors:\n${messages.map(formatMessage).join('\n')}`);
      return [
        ...fw.dimensions.map((d) => ({ ...d, kind: 'dimension' as const })),
        ...fw.domains.map((d) => ({ ...d, kind: 'domain' as const })),
      ];
    },
  }),
  schema: z.discriminatedUnion('kind', [
    dimensionSchema.extend({ kind: z.literal('dimension') }),
    domainSchema.extend({ kind: z.literal('domain') }),
  ]),
});

/** Validated, analysed and compiled by the scenario engine; each entry is the browser's payload. */
const scenarios = defineCollection({
  loader: scenarioLoader(),
  schema: z.custom<CompiledScenario>((value) => typeof value === 'object' && value !== null && 'scenario' in value),
});

export const collections = { modules, sessions, glossary, roles, pathways, framework, scenarios };
