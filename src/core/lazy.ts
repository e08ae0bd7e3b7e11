/**
 * A lazy chunk, imported once per page however many elements ask for it (a thousand ratings share
 * one import); a failed import (offline) is forgotten, so that the next use tries again.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let chunk: Promise<T> | undefined;
  return () =>
    (chunk ??= load().catch((error: unknown) => {
      chunk = undefined;
      throw error;
    }));
}

/**
 * What one element makes of a lazy chunk (a controller, a module of views): asked for on first use
 * and again after a failure; `value` once it is there, `loading` while it comes (for `updateComplete`).
 */
export class LazyPart<M, T> {
  value?: T;
  loading?: Promise<void>;

  constructor(
    private readonly chunk: () => Promise<M>,
    private readonly make: (module: M) => T,
  ) {}

  load(): void {
    this.loading ??= this.chunk().then(
      (module) => {
        this.value = this.make(module);
      },
      () => (this.loading = undefined), // offline: tried again at the next use
    );
  }
}
