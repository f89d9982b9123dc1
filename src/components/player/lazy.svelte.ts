/**
 * A component fetched the first time it is asked for, and kept: the player loads its later
 * screens (play, then the debrief) while the learner reads the one before.
 * `current` is null until the module has arrived; `load()` may be called any number of times.
 */
export class LazyComponent<C> {
  current = $state.raw<C | null>(null);
  #loading: Promise<C> | undefined;
  readonly #fetch: () => Promise<{ default: C }>;

  constructor(fetch: () => Promise<{ default: C }>) {
    this.#fetch = fetch;
  }

  /** A failed fetch (the connection dropped) is forgotten, so asking again tries again. */
  load(): Promise<C> {
    return (this.#loading ??= this.#fetch().then(
      (m) => (this.current = m.default),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    ));
  }
}
