import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCourseFiles, readCourseIds, readFramework } from '../authoring/course-facts';
import { formatMessage } from '../authoring/message';
import { analyseScenario } from './analyse';
import { payloadOf } from './payload';
import { analysisCacheKey, engineInputs, type EngineInputs } from './cache-key';
import type { KnownIds } from './checks';
import type { ScenarioMessage, ScenarioReport } from './report';
import type { CompiledScenario } from './types';

/*
 * Node-only entry points: the Astro content loader and the CLIs call these. They read files;
 * everything they call is pure, so tests can pass text and ids directly.
 */

export { payloadOf };

export type LoadResult = { ok: true; compiled: CompiledScenario; report: ScenarioReport } | { ok: false; report: ScenarioReport };

/** Validates and analyses one scenario; on success returns the JSON payload the browser gets. */
export function loadScenario(file: string, text: string, ids: KnownIds): LoadResult {
  const analysis = analyseScenario(file, text, ids);
  const compiled = payloadOf(analysis, ids.framework);
  return compiled ? { ok: true, compiled, report: analysis.report } : { ok: false, report: analysis.report };
}

/** Offset of the first byte that breaks UTF-8's rules (stray continuation, overlong form, surrogate, beyond U+10FFFF), or -1. */
export function firstNonUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const [length, min, max] =
      b < 0x80
        ? [1, 0, 0]
        : b >= 0xc2 && b <= 0xdf
          ? [2, 0x80, 0xbf]
          : b >= 0xe0 && b <= 0xef
            ? [3, 0x80, 0xbf]
            : b >= 0xf0 && b <= 0xf4
              ? [4, 0x80, 0xbf]
              : [0, 0, 0];
    if (length === 0) return i;
    // The second byte's range closes the overlong, surrogate and too-large forms.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : min;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : max;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * `loadScenario` for a file's bytes. A scenario must be UTF-8: a file saved as Latin-1 or
 * Windows-1252 would otherwise pass with "café" turned into "caf\uFFFD", so it is refused with
 * the line and column of the first character that is not UTF-8.
 */
export function loadScenarioBytes(file: string, bytes: Uint8Array, ids: KnownIds): LoadResult {
  const bad = firstNonUtf8Byte(bytes);
  if (bad < 0) return loadScenario(file, new TextDecoder().decode(bytes), ids);
  const before = new TextDecoder().decode(bytes.subarray(0, bad)).split('\n');
  const message: ScenarioMessage = {
    severity: 'error',
    code: 'not-utf8',
    file,
    line: before.length,
    column: (before.at(-1)?.length ?? 0) + 1,
    field: '',
    message:
      'the file is not saved as UTF-8 (this is the first character that is not), so accented letters and symbols would be garbled; save it again as "UTF-8" in your editor',
  };
  return { ok: false, report: { file, messages: [message], notes: [] } };
}

/**
 * Everything a scenario may refer to outside itself, read by course-facts.ts as the content check
 * reads it. An empty or missing folder becomes an undefined set: its check is skipped with a warning.
 */
export function readKnownIds(root: string): { ok: true; ids: KnownIds } | { ok: false; problems: string[] } {
  const { framework, messages } = readFramework(root);
  if (!framework) return { ok: false, problems: messages.map(formatMessage) };
  const ids = readCourseIds(root);
  const some = (set: ReadonlySet<string>) => (set.size ? set : undefined);
  return { ok: true, ids: { framework, roles: some(ids.roles), modules: some(ids.modules), concepts: some(ids.glossary) } };
}

/** scenarios/*.yaml under `root`, as root-relative paths, in name order; `_drafts` are skipped as the site skips them. */
export function listScenarioFiles(root: string): string[] {
  return listCourseFiles(root, 'scenarios');
}

/**
 * `loadScenario` for a file under `root`, remembering the result on disk: the build (twice, for
 * two bases) and the tests would otherwise repeat every analysis. The key (cache-key.ts) covers
 * the file, the ids it is checked against, the framework file, the checker's source files and the
 * versions of the packages they use, so any change that could alter the result misses the cache.
 */
export function loadScenarioFile(root: string, file: string, ids: KnownIds): LoadResult {
  const bytes = readFileSync(join(root, file));
  const text = bytes.toString('latin1');
  const dir = join(root, 'node_modules', '.cache', 'crossing-boundaries', 'scenarios');
  const cached = join(dir, `${analysisCacheKey(file, text, ids, inputsOf(root))}.json`);
  if (existsSync(cached)) {
    try {
      return JSON.parse(readFileSync(cached, 'utf8')) as LoadResult;
    } catch {
      // A damaged cache entry is simply recomputed.
    }
  }
  const result = loadScenarioBytes(file, bytes, ids);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(cached, JSON.stringify(result));
  } catch {
    // A read-only checkout still builds; it just recomputes next time.
  }
  return result;
}

const inputs = new Map<string, EngineInputs>();
/** Read once per process and root: the checker's sources do not change under a running build. */
function inputsOf(root: string): EngineInputs {
  let found = inputs.get(root);
  if (!found) inputs.set(root, (found = engineInputs(root)));
  return found;
}
