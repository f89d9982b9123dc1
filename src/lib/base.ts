/** Normalises a configured base path to the form Astro expects: leading and trailing slash. */
export function resolveBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Prefixes a site path with the base, so every internal link survives hosting under a sub-path.
 * `href('modules/')` → '/cpd/modules/' under base '/cpd/'.
 */
export function href(path = ''): string {
  const base = resolveBase(import.meta.env.BASE_URL);
  return base + path.replace(/^\/+/, '');
}
