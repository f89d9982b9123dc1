import { emptyRecord, type LearnerRecord } from './record';
import { RECORD_VERSION, recordV1Schema, recordV2Schema, type LearnerRecordV1, type SchemaMode } from './schema';
import { isObject, parse, type Check, type Issue } from './validate';

/**
 * Brings a saved or imported record of any earlier version up to the current one. Each
 * version's schema parses first, then its migration steps run in order, so a version-1 file
 * goes 1 → 2 (→ 3 when there is one). Shapes and cases are documented in record.ts.
 */

/** The module id a saved item belongs to, from its key ('modules/<id>/#<item>'). */
export function moduleIdOfKey(key: string): string | undefined {
  return /^modules\/([a-z0-9]+(?:-[a-z0-9]+)*)\/#/.exec(key)?.[1];
}

function wholeTimestamp(value: number): number {
  return Math.min(8_640_000_000_000_000, Math.max(0, Math.round(value)));
}

function retime<T extends { updatedAt: number }>(items: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(items).map(([key, item]) => [key, { ...item, updatedAt: wholeTimestamp(item.updatedAt) }]),
  );
}

/** Version 1 → 2: items kept; a module counts as visited from the first to the last item saved on it. */
export function migrateV1toV2(v1: LearnerRecordV1): LearnerRecord {
  const record = emptyRecord();
  record.reflections = retime(v1.reflections);
  record.checks = retime(v1.checks);
  record.activities = retime(v1.activities);
  for (const [key, item] of [
    ...Object.entries(record.reflections),
    ...Object.entries(record.checks),
    ...Object.entries(record.activities),
  ]) {
    const id = moduleIdOfKey(key);
    if (!id) continue;
    const seen = record.modules[id];
    record.modules[id] = {
      firstVisitedAt: Math.min(seen?.firstVisitedAt ?? item.updatedAt, item.updatedAt),
      lastVisitedAt: Math.max(seen?.lastVisitedAt ?? item.updatedAt, item.updatedAt),
      completedAt: null,
      completionChangedAt: 0,
      updatedAt: Math.max(seen?.updatedAt ?? item.updatedAt, item.updatedAt),
    };
  }
  return record;
}

export type ParseOutcome =
  | {
      ok: true;
      record: LearnerRecord;
      /** The version the data was written in. */
      fromVersion: number;
      /** Stored mode only: some item or field could not be read and was left out or reset. */
      lossy: boolean;
    }
  | { ok: false; reason: 'not-object' | 'no-version' | 'future-version'; version?: unknown }
  /** `issues`: every problem found, in the order of the schema's fields, each with its path. */
  | { ok: false; reason: 'invalid'; version: number; issues: Issue[] };

/** Every version this code can read, oldest first, each with its schema and the step up to the next. */
const versions: { version: number; schema: (mode: SchemaMode) => Check<unknown>; up: (r: unknown) => unknown }[] = [
  { version: 1, schema: recordV1Schema, up: (r) => migrateV1toV2(r as LearnerRecordV1) },
  { version: 2, schema: recordV2Schema, up: (r) => r },
];

/** Parses a record of any known version and migrates it to the current one. */
export function parseRecord(value: unknown, mode: SchemaMode): ParseOutcome {
  if (!isObject(value)) return { ok: false, reason: 'not-object' };
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'no-version', version };
  if (version > RECORD_VERSION) return { ok: false, reason: 'future-version', version };
  const start = versions.findIndex((v) => v.version === version);
  const entry = versions[start];
  if (!entry) return { ok: false, reason: 'no-version', version };
  const parsed = parse(entry.schema(mode), value);
  if (!parsed.ok) return { ok: false, reason: 'invalid', version, issues: parsed.issues };
  const lossy = mode === 'stored' && !parse(entry.schema('import'), value).ok;
  let record: unknown = parsed.value;
  for (const step of versions.slice(start)) record = step.up(record);
  return { ok: true, record: record as LearnerRecord, fromVersion: version, lossy };
}
