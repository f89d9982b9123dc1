/** The site's main navigation, in order. Paths are relative to the base. */
export const mainNav = [
  { path: 'modules/', label: 'Modules' },
  { path: 'scenarios/', label: 'Scenarios' },
  { path: 'who-can-help/', label: 'Who can help' },
  { path: 'search/', label: 'Search' },
  { path: 'record/', label: 'My record' },
  { path: 'facilitate/', label: 'Facilitators' },
] as const;

/** Whether a nav item is the current section, given the page's path below the base. */
export function isCurrent(itemPath: string, pagePath: string): boolean {
  return pagePath === itemPath || pagePath.startsWith(itemPath);
}
