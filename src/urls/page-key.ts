import { siteBase } from './base';

/**
 * A page's path below the base ('modules/trajectories/'), so saved work stays attached to
 * its page when an organisation moves the course to another base path.
 */
export function pageKey(url: URL): string {
  const base = siteBase();
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.replace(/^\//, '');
  return path.endsWith('/') ? path : `${path}/`;
}
