import { scriptJson } from '../security/json-element';
import type { SiteConfig } from '../site.config';
import { activityBase } from './iris';

/*
 * What the browser script needs, written into each page at build time by Base.astro as JSON
 * (`<script type="application/json" id="xapi-config">`) and only when an organisation has set an
 * LRS. The browser bundle never imports site.config.ts, so the script is the same file whatever the
 * configuration, and the configuration can come from the build's environment (CB_XAPI_ENDPOINT).
 */

export const CONFIG_ELEMENT_ID = 'xapi-config';

export interface XapiPageConfig {
  /** The LRS's xAPI endpoint. */
  endpoint: string;
  /** The Authorization header value; '' sends none. */
  auth: string;
  /** Start of every activity id (iris.ts). */
  activityBase: string;
  /** The learner account's home page; null when the site's address is not configured (the page's own is used). */
  homePage: string | null;
  courseTitle: string;
  passMark: number;
  /** This page: its path below the base and its title, to name the activity it is about. */
  page: { path: string; title: string };
}

/** The page's configuration, or undefined when xAPI is off. A malformed endpoint stops the build. */
export function xapiPageConfig(
  settings: Pick<SiteConfig, 'site' | 'courseTitle' | 'integrations'>,
  base: string,
  page: XapiPageConfig['page'],
): XapiPageConfig | undefined {
  const { site, integrations } = settings;
  const xapi = integrations.xapi;
  if (!xapi?.endpoint) return undefined;
  const url = new URL(xapi.endpoint);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`xAPI endpoint must be an http(s) URL: ${xapi.endpoint}`);
  const activities = activityBase(site, base);
  return {
    endpoint: url.href,
    auth: xapi.auth,
    activityBase: activities,
    homePage: site ? activities : null,
    courseTitle: settings.courseTitle,
    passMark: integrations.scormPassMark,
    page,
  };
}

/** The configuration as the page carries it. */
export function configJson(config: XapiPageConfig): string {
  return scriptJson(config);
}

const isText = (v: unknown): v is string => typeof v === 'string';

/** Reads the page's configuration back; null when absent or not of the expected shape (then nothing is sent). */
export function readPageConfig(text: string | null | undefined): XapiPageConfig | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<Record<keyof XapiPageConfig, unknown>>;
    const page = v.page as Partial<Record<'path' | 'title', unknown>> | undefined;
    if (
      !isText(v.endpoint) ||
      !v.endpoint ||
      !isText(v.auth) ||
      !isText(v.activityBase) ||
      !(v.homePage === null || isText(v.homePage)) ||
      !isText(v.courseTitle) ||
      typeof v.passMark !== 'number' ||
      !isText(page?.path) ||
      !isText(page?.title)
    )
      return null;
    return v as XapiPageConfig;
  } catch {
    return null;
  }
}
