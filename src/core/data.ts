import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { asJawdaError, type JawdaError } from './errors.js';

/** What an element that shows data has. A state is data, not a tangle of booleans. */
export type DataState<T> =
  | { status: 'idle' } // nothing asked yet, or a setup problem stands
  | { status: 'loading'; previous?: T } // `previous`: the data still shown, dimmed, while the next loads
  | { status: 'ready'; data: T }
  | { status: 'error'; error: JawdaError };

export interface DataOptions<A extends readonly unknown[], T> {
  /**
   * The identity of what to show (`service-id`; `centre-id` and `cycle`; ...), with the API base.
   * The data loads again whenever one of them changes. Undefined: nothing to load.
   */
  args: () => A | undefined;
  /** Loads the data; `signal` aborts when the arguments change or the element leaves the page. */
  load: (args: A, signal: AbortSignal) => T | Promise<T>;
  /** Data known without waiting (validated inline JSON, the last answer for these arguments): shown in the same render. */
  initial?: (args: A) => T | undefined;
  /** The data a server rendered the element with (`serverData()`, validated): used by the first run only. */
  seed?: (args: A) => T | undefined;
  /** Keeps the data on screen while the next arguments load (a cycle switch). */
  keepData?: (args: A) => boolean;
  /** Called once per settled run (not for aborted ones): where elements fire their load and error events. */
  onSettled?: (state: DataState<T>) => void;
}

interface BlockableHost extends ReactiveControllerHost {
  /** True while a setup problem stands: nothing is loaded. */
  readonly setupBlocked?: boolean;
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

const onServer = new WeakMap<object, ReactiveController[]>();

/**
 * The data controllers of an element on a server, where Lit never calls `hostUpdate` (the element
 * runs them itself before its one render, see `JawdaElement`).
 */
export function serverRuns(host: object): ReactiveController[] {
  let runs = onServer.get(host);
  if (!runs) onServer.set(host, (runs = []));
  return runs;
}

/**
 * One element's data, on the model of `@lit/task`: runs when its arguments change (checked before
 * each render), aborts the stale run so that a late answer never shows the wrong centre or cycle,
 * runs again on reconnect when the element left while loading, and takes data known in advance as
 * a synchronous initial value. Every failure becomes a `JawdaError`; aborts change nothing.
 */
export class DataController<A extends readonly unknown[], T> implements ReactiveController {
  state: DataState<T> = { status: 'idle' };
  private lastArgs?: A;
  private running?: AbortController;
  /** The element left while loading: load again when it comes back. */
  private interrupted = false;
  /** The first run has happened: the server's data is spent. */
  private seeded = false;

  constructor(
    private readonly host: BlockableHost,
    private readonly options: DataOptions<A, T>,
  ) {
    host.addController(this);
    if (isServer) serverRuns(host).push(this);
  }

  /** The data when ready, or the data kept on screen while the next loads. */
  get value(): T | undefined {
    return this.state.status === 'ready' ? this.state.data : this.state.status === 'loading' ? this.state.previous : undefined;
  }

  hostUpdate(): void {
    const args = this.host.setupBlocked ? undefined : this.options.args();
    if (!args) {
      this.running?.abort();
      this.running = undefined;
      this.lastArgs = undefined;
      this.state = { status: 'idle' };
      return;
    }
    if (this.lastArgs && !this.interrupted && same(args, this.lastArgs)) return;
    this.start(args);
  }

  hostConnected(): void {
    if (this.interrupted) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.running) return;
    this.running.abort();
    this.running = undefined;
    this.interrupted = true;
  }

  /** Loads again with the same arguments (a retry button, a vote that changed the data). */
  reload(): void {
    this.lastArgs = undefined;
    this.host.requestUpdate();
  }

  private start(args: A): void {
    this.running?.abort();
    this.lastArgs = args;
    this.interrupted = false;
    const seed = this.seeded ? undefined : this.options.seed;
    this.seeded = true;
    // A first value that fails (inline JSON naming a certificate it does not hold) fails as a load
    // would, below: the error state, never an exception thrown at the host page.
    let known: T | undefined;
    let failed: unknown;
    try {
      known = this.options.initial?.(args) ?? seed?.(args);
    } catch (caught) {
      failed = caught ?? new Error();
    }
    if (known !== undefined) {
      this.running = undefined;
      this.settle({ status: 'ready', data: known });
      return;
    }
    const run = (this.running = new AbortController());
    const previous = this.options.keepData?.(args) ? this.value : undefined;
    this.state = previous === undefined ? { status: 'loading' } : { status: 'loading', previous };
    Promise.resolve()
      .then(() => (failed ? Promise.reject(failed) : this.options.load(args, run.signal)))
      .then(
        (data) => this.finish(run, { status: 'ready', data }),
        (caught) => {
          const error = asJawdaError(caught);
          if (error.kind !== 'aborted') this.finish(run, { status: 'error', error });
        },
      );
  }

  private finish(run: AbortController, state: DataState<T>): void {
    if (this.running !== run || run.signal.aborted) return;
    this.running = undefined;
    this.settle(state);
    this.host.requestUpdate();
  }

  private settle(state: DataState<T>): void {
    this.state = state;
    this.options.onSettled?.(state);
  }
}
