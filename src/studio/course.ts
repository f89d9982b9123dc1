import type { KnownIds } from '../scenario/checks';
import type { Framework } from '../scenario/types';

/*
 * What the studio's checker needs to know about the course: the framework and which role, module
 * and concept ids exist. The build reads them as the command-line check does (readKnownIds) and
 * the studio page carries them as JSON, so a draft is checked against exactly what
 * `npm run scenarios:check` would check it against.
 */
export interface StudioCourse {
  framework: Framework;
  /** Absent when the course has none of that kind: the check is then skipped with a warning, as on the command line. */
  roles?: string[];
  modules?: string[];
  concepts?: string[];
}

const sorted = (set: ReadonlySet<string> | undefined) => (set ? [...set].sort() : undefined);

export function courseOf(ids: KnownIds): StudioCourse {
  const course: StudioCourse = { framework: ids.framework };
  const roles = sorted(ids.roles);
  const modules = sorted(ids.modules);
  const concepts = sorted(ids.concepts);
  if (roles) course.roles = roles;
  if (modules) course.modules = modules;
  if (concepts) course.concepts = concepts;
  return course;
}

export function knownIdsOf(course: StudioCourse): KnownIds {
  return {
    framework: course.framework,
    roles: course.roles && new Set(course.roles),
    modules: course.modules && new Set(course.modules),
    concepts: course.concepts && new Set(course.concepts),
  };
}
