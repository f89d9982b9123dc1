import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { FRAMEWORK_FILE } from '../authoring/course-facts';
import type { KnownIds } from './checks';

/*
 * The key of a cached analysis. It covers everything that can change an analysis: the file's
 * path and text, the ids it is checked against, the framework file, every source file the
 * checker runs (found by following imports from load.ts, so a rule moved into a new file or a
 * shared schema such as src/schemas/ids.ts is covered without a list to keep up to date), and
 * the version of every package those files import (zod, yaml, js-yaml, xstate…).
 */

export interface EngineInputs {
  /** Root-relative path → SHA-256 of the file. */
  sources: Record<string, string>;
  /** Package name → installed version ("missing" when it cannot be found). */
  packages: Record<string, string>;
  /** content/framework.yaml as written. Only hashed, so it is read as text, not parsed again (src/authoring/course-facts.ts parses it). */
  framework: string;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

/** The package a bare import names: `@scope/name` or `name`, without a subpath. */
const packageOf = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Source files reachable from `entry` by relative imports, and the packages they import. */
export function engineInputs(root: string, entry = join(root, 'src', 'scenario', 'load.ts')): EngineInputs {
  const sources: Record<string, string> = {};
  const packages: Record<string, string> = {};
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    const key = relative(root, file).split('\\').join('/');
    if (key in sources) continue;
    const text = readFileSync(file, 'utf8');
    sources[key] = createHash('sha256').update(text).digest('hex');
    for (const [, specifier] of text.matchAll(IMPORT)) {
      if (!specifier) continue;
      if (specifier.startsWith('.')) {
        const base = join(dirname(file), specifier);
        const found = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => p.endsWith('.ts') && existsSync(p));
        if (found) queue.push(found);
      } else if (!specifier.startsWith('node:')) {
        const name = packageOf(specifier);
        packages[name] ??= installedVersion(root, name);
      }
    }
  }
  const frameworkFile = join(root, FRAMEWORK_FILE);
  return { sources, packages, framework: existsSync(frameworkFile) ? readFileSync(frameworkFile, 'utf8') : '' };
}

function installedVersion(root: string, name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string };
    return manifest.version ?? 'missing';
  } catch {
    return 'missing';
  }
}

const sorted = (record: Record<string, string>) =>
  Object.keys(record)
    .sort()
    .map((k) => [k, record[k]]);

/** 32 hex characters naming one analysis of one file under one set of inputs. */
export function analysisCacheKey(file: string, text: string, ids: KnownIds, inputs: EngineInputs): string {
  const known = [ids.framework, ...[ids.roles, ids.modules, ids.concepts].map((set) => (set ? [...set].sort() : null))];
  return createHash('sha256')
    .update(JSON.stringify([file, text, known, sorted(inputs.sources), sorted(inputs.packages), inputs.framework]))
    .digest('hex')
    .slice(0, 32);
}
