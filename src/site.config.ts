/**
 * The one file an organisation edits to host the course as its own.
 * Everything here is public: it is built into the pages.
 */
export interface SiteConfig {
  /** Shown in the header, page titles and the CPD record. */
  courseTitle: string;
  /** A one-line description for the home page and search engines. */
  tagline: string;
  /** Who runs this copy of the course. */
  organisation: { name: string; url?: string; contactEmail?: string };
  /** The licence the course content is offered under. */
  licence: { name: string; url: string };
  /** Where the source (content, scenarios, guides) can be had, shown on the organisations page. */
  sourceUrl?: string;
  /**
   * The path the site is served under, e.g. '/' or '/cpd/'.
   * The CB_BASE environment variable overrides it at build time.
   */
  base: string;
  /** The public origin, used for canonical links and the sitemap; optional for intranet or USB use. */
  site?: string;
  /**
   * Where learners can turn after content that may be hard to meet: shown with every content note.
   * Replace or add your own (an employee assistance programme, your safeguarding team).
   */
  support: { name: string; detail: string }[];
  /** Learning-record settings for organisations with an LMS or LRS. Off unless set. */
  integrations: {
    /** SCORM packaging: the score (0–100) that counts as a pass. */
    scormPassMark: number;
    /**
     * xAPI: statements are sent only when an endpoint is given (docs/xapi.md). `auth` is the whole
     * Authorization header value, e.g. 'Basic …', and is public: use a write-only credential.
     * The CB_XAPI_ENDPOINT and CB_XAPI_AUTH environment variables override it at build time.
     */
    xapi?: { endpoint: string; auth: string };
  };
}

/** CB_XAPI_ENDPOINT (with CB_XAPI_AUTH) switches xAPI on for one build without editing this file. */
function xapiFromEnvironment(): Pick<SiteConfig['integrations'], 'xapi'> {
  // Guarded so this file can still be read where there is no `process`.
  const env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env;
  const endpoint = env['CB_XAPI_ENDPOINT']?.trim();
  return endpoint ? { xapi: { endpoint, auth: env['CB_XAPI_AUTH']?.trim() ?? '' } } : {};
}

export const siteConfig: SiteConfig = {
  courseTitle: 'Crossing Boundaries',
  tagline: 'Working across agencies to keep children included',
  organisation: { name: 'The Crossing Boundaries project' },
  licence: { name: 'CC BY-SA 4.0 (content) and MIT (code)', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  base: '/',
  support: [
    {
      name: 'Your supervisor, line manager or designated safeguarding lead',
      detail: 'for anything about a child you work with, and for how the work is affecting you',
    },
    { name: 'NSPCC Helpline', detail: '0808 800 5000, for any adult worried about a child' },
    { name: 'Childline', detail: '0800 1111, for children and young people' },
    { name: 'Samaritans', detail: '116 123, free, day or night' },
    { name: 'Education Support', detail: '08000 562 561, free, for anyone working in education' },
  ],
  integrations: { scormPassMark: 60, ...xapiFromEnvironment() },
};
