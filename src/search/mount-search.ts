import { mount, type Component } from 'svelte';
import SiteSearch from '../components/search/SiteSearch.svelte';

type Props = { base: string; uid: string; audiences: { id: string; label: string }[] };

/** Mounts the search form in the header dialog the first time it opens. */
export function mountSearch(target: Element, base: string, audiences: Props['audiences']): void {
  // Imported from a .ts file, a .svelte module is typed as an Astro component; it is a Svelte one.
  mount(SiteSearch as unknown as Component<Props>, { target, props: { base, uid: 'dialog-search', audiences } });
}
