/** What the build writes into the service worker (build.ts): everything that changes with a deployment. */
export interface WorkerSettings {
  /** The site's base path, '/' or '/cpd/'. */
  base: string;
  /** The cache this version is kept in. */
  cache: string;
  /** Every file kept offline: its path below the base and a hash of its content. */
  files: [url: string, revision: string][];
}
