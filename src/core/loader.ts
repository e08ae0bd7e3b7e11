import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asJawdaError, type JawdaError } from './errors.js';

/** What an element that shows data is doing. A state is data, not a tangle of booleans. */
export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: JawdaError };

/**
 * Loads one resource for an element: keeps its state, re-renders the host on each change, ignores
 * answers that arrive after a newer `load()` (switching cycles fast never shows the wrong cycle),
 * and turns every failure into a `JawdaError`. Aborts (the element left the page) change nothing.
 */
export class ResourceLoader<T> implements ReactiveController {
  state: LoadState<T> = { status: 'loading' };
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onSettled?: (state: LoadState<T>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Runs `fetcher` and records what it gives; resolves when the new state is set. */
  async load(fetcher: () => T | Promise<T>, options: { keepData?: boolean } = {}): Promise<void> {
    const generation = ++this.generation;
    if (!options.keepData || this.state.status !== 'ready') this.set({ status: 'loading' });
    let next: LoadState<T>;
    try {
      next = { status: 'ready', data: await fetcher() };
    } catch (caught) {
      const error = asJawdaError(caught);
      if (error.kind === 'aborted') return;
      next = { status: 'error', error };
    }
    if (generation !== this.generation) return;
    this.set(next);
    this.onSettled?.(next);
  }

  private set(state: LoadState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
