import type { EndingFigures, ScenarioMessage } from '../scenario/report';
import type { AnalysisStats, ScoreBounds } from '../scenario/types';

/*
 * What the studio page knows of a draft's check, apart from the checker itself (check.ts), which
 * only the worker loads: the page's own code must stay small.
 */

export interface DraftCheck {
  file: string;
  /** The report word for word as `npm run scenarios:check` prints it. */
  printed: string;
  messages: ScenarioMessage[];
  notes: string[];
  errors: number;
  /** Of the errors, those that only keep the draft out of the library: it can be played with these. */
  libraryErrors: number;
  stats?: AnalysisStats;
  bounds?: ScoreBounds;
  endings?: EndingFigures[];
  /**
   * The player's payload as JSON, or null while the draft has errors other than the library's. Sent as text so that the
   * page pays for reading it only when the author opens the play-test.
   */
  payloadJson: string | null;
  /** Per scene: a shortest list of choices that reaches it, for the play-test's "jump to scene". */
  routes: Record<string, string[]>;
  /** The line each scene starts on, for the map, the scene list and the play-test. */
  lines: Record<string, number>;
}

/** A finding of the library's rules, which a file must clear to be published (library-rules.ts). */
export const isLibraryFinding = (m: ScenarioMessage): boolean => m.code.startsWith('library-');

/** The scenario's own id, read from its `id:` line, names the file; a draft without one is "draft". */
export function draftFile(text: string): string {
  const id = /^id:[ \t]*(["']?)([a-z0-9]+(?:-[a-z0-9]+)*)\1[ \t]*(#.*)?$/m.exec(text)?.[2];
  return `scenarios/${id ?? 'draft'}.yaml`;
}
