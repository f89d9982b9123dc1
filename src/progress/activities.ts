import type { ActivityItem } from './record';
import type { RecordStore } from './store';

/** Saves a learner's activity-system map (never over a copy another tab saved later). */
export function saveActivity(store: RecordStore, key: string, activity: Omit<ActivityItem, 'updatedAt'>, now: number): void {
  store.update((record) => {
    const existing = record.activities[key];
    if (existing && existing.updatedAt > now) return record;
    return { ...record, activities: { ...record.activities, [key]: { ...activity, updatedAt: now } } };
  });
}
