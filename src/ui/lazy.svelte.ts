// A component in its own chunk, fetched on demand: `component` is null until load() has resolved.
// App.svelte mounts with it what the first view does not show (other tabs, dialogs, print sheet).

export class LazyComponent<C> {
  component = $state.raw<C | null>(null);
  #loading: Promise<C> | null = null;

  constructor(private readonly loader: () => Promise<{ default: C }>) {}

  /** Fetches the chunk (once); resolves with the component. */
  load(): Promise<C> {
    this.#loading ??= this.loader().then(
      (m) => (this.component = m.default),
      (err: unknown) => {
        // A failed fetch (offline, a new deployment) may be retried by the next request.
        this.#loading = null;
        throw err;
      },
    );
    return this.#loading;
  }

  /** load() without waiting: a failed fetch leaves `component` null (the next request tries again). */
  request(): void {
    this.load().catch((err: Error) => console.warn('A part of the page did not load:', err.message));
  }
}
