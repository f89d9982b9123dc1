import type { ModuleLinks } from '../../player/data';
import type { StudioCourse } from '../../studio/course';

/** What the studio page hands its island, as JSON in the page (security/json-element.ts). */
export interface StudioPageData {
  course: StudioCourse;
  /** The published scenarios an author can start from a copy of, and where each file's text is. */
  shipped: { id: string; title: string; href: string }[];
  /** The commented starting scenario (src/studio/template.yaml). */
  template: string;
  /** Module links for the play-test's expert views and debrief. */
  modules: ModuleLinks;
  /** Dimension and domain names, for the options form and completion. */
  dimensions: { id: string; name: string }[];
}
