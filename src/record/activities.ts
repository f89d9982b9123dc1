import type { ActivityItem } from './record';
import { MAX_TEXT_LENGTH } from './schema';
import type { RecordStore } from './store';

/**
 * Saves a learner's activity-system map (never over a copy another tab saved later). A box over
 * the record's limit is not saved (false): the tool keeps the text and says so.
 */
export function saveActivity(store: RecordStore, key: string, activity: Omit<ActivityItem, 'updatedAt'>, now: number): boolean {
  const texts = [...Object.values(activity.nodes), ...activity.contradictions.map((c) => c.note)];
  if (texts.some((t) => t.length > MAX_TEXT_LENGTH)) return false;
  store.update((record) => {
    const existing = record.activities[key];
    if (existing && existing.updatedAt > now) return record;
    return { ...record, activities: { ...record.activities, [key]: { ...activity, updatedAt: now } } };
  });
  return true;
}
