import type { ScenarioMap } from '../scenario/map';
import type { DraftCheck } from './draft';
import type { StudioCourse } from './course';

/*
 * What the studio page and its checking worker say to each other. The page sends a draft; the
 * worker answers with progress while it explores the plays, the check, then the map (drawn after
 * the check, so findings never wait for the layout).
 */

/** Maps are laid out for drafts up to this many scenes: past it the layout takes many seconds, and the scene list serves better. */
export const MAP_LIMIT = 200;

export interface CheckRequest {
  text: string;
  course: StudioCourse;
}

export type WorkerReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'checked'; check: DraftCheck }
  | { kind: 'map'; map: ScenarioMap | null; why: string }
  | { kind: 'failed'; message: string };
