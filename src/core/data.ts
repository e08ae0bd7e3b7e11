import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { validateNow, validatePayload } from './contract-check.js';
import type { Payload, SchemaName } from './contract.js';
import { asJawdaError, type JawdaError } from './errors.js';
import { inlineJsonText, parseInlineJson, serverData } from './inline-data.js';
import { loadFailureWords } from './messages.js';
import { needsApi, parserInside, serverRuns, type DataInPage, type PageHost } from './data-in-page.js';
import type { ServerRendered } from './server-context.js';

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

/**
 * One element's data, on the model of `@lit/task`: runs when its arguments change (checked before
 * each render), aborts the stale run so that a late answer never shows the wrong centre or cycle,
 * runs again on reconnect when the element left while loading, and takes data known in advance as
 * a synchronous initial value. Every failure becomes a `JawdaError`; aborts change nothing.
 */
export class DataController<A extends readonly unknown[], T> implements ReactiveController {
  state: DataState<T> = { status: 'idle' };
  #lastArgs?: A;
  #running?: AbortController;
  /** The element left while loading: load again when it comes back. */
  #interrupted = false;
  /** The first run has happened: the server's data is spent. */
  #seeded = false;

  constructor(
    protected readonly host: BlockableHost,
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
      this.#running?.abort();
      this.#running = undefined;
      this.#lastArgs = undefined;
      this.state = { status: 'idle' };
      return;
    }
    if (this.#lastArgs && !this.#interrupted && same(args, this.#lastArgs)) return;
    this.#start(args);
  }

  hostConnected(): void {
    if (this.#interrupted) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.#running) return;
    this.#running.abort();
    this.#running = undefined;
    this.#interrupted = true;
  }

  /** Loads again with the same arguments (a retry button, a vote that changed the data). */
  reload(): void {
    this.#lastArgs = undefined;
    this.host.requestUpdate();
  }

  #start(args: A): void {
    this.#running?.abort();
    this.#lastArgs = args;
    this.#interrupted = false;
    const seed = this.#seeded ? undefined : this.options.seed;
    this.#seeded = true;
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
      this.#running = undefined;
      this.#settle({ status: 'ready', data: known });
      return;
    }
    const run = (this.#running = new AbortController());
    const previous = this.options.keepData?.(args) ? this.value : undefined;
    this.state = previous === undefined ? { status: 'loading' } : { status: 'loading', previous };
    Promise.resolve()
      .then(() => (failed ? Promise.reject(failed) : this.options.load(args, run.signal)))
      .then(
        (data) => this.#finish(run, { status: 'ready', data }),
        (caught) => {
          const error = asJawdaError(caught);
          // The error is shown with its words (a chunk of their own; offline, the fallback's).
          if (error.kind !== 'aborted')
            void loadFailureWords()
              .catch(() => undefined)
              .then(() => this.#finish(run, { status: 'error', error }));
        },
      );
  }

  #finish(run: AbortController, state: DataState<T>): void {
    if (this.#running !== run || run.signal.aborted) return;
    this.#running = undefined;
    this.#settle(state);
    this.host.requestUpdate();
  }

  #settle(state: DataState<T>): void {
    this.state = state;
    this.options.onSettled?.(state);
  }
}

export type PageArgs<A extends readonly unknown[]> = readonly [inline: string | undefined, ...rest: A];

/** How an element reads data in the page (see `ElementDataOptions.read`). */
export interface PageReader<A extends readonly unknown[], P> {
  now: (payload: unknown, args: PageArgs<A>) => P | undefined;
  later: (payload: unknown, args: PageArgs<A>) => Promise<P>;
}

export interface ElementDataOptions<A extends readonly unknown[], T> extends DataInPage {
  /** What to ask the API for besides the inline JSON (service, centre, cycle, API base ...); undefined: nothing to load. */
  args: () => A | undefined;
  /**
   * Reads a payload from the page (inline JSON, server data) as the data shown: `now` validates
   * without waiting (undefined until the contract is loaded, or when invalid), `later` loads the
   * contract and names the invalid field. Either may select from it what the attributes ask for (a
   * page may hold a whole cycle's ranking) and throw a `JawdaError` (no such certificate in it).
   */
  read: PageReader<A, T>;
  /** Asks the API for the data shown. */
  fetch: (args: PageArgs<A>, signal: AbortSignal) => Promise<T>;
  /** Data already known for these arguments (the last answer for a cycle): shown in the same render. */
  known?: (args: PageArgs<A>) => T | undefined;
  keepData?: DataOptions<PageArgs<A>, T>['keepData'];
  onSettled?: DataOptions<PageArgs<A>, T>['onSettled'];
}

/**
 * An element's data, wired once for every element: its inline JSON (validated in the same render
 * when the contract is loaded, else as a load that names the invalid field), else the data a
 * server rendered it with (its first render only), else the API. Nothing loads while the parser
 * may still be writing its inline JSON.
 */
export class ElementData<A extends readonly unknown[], T> extends DataController<PageArgs<A>, T> {
  constructor(host: PageHost & BlockableHost, page: ElementDataOptions<A, T>) {
    const { read } = page;
    super(host, {
      args: () => {
        const args = parserInside(host, page) ? undefined : page.args();
        return args && [page.inline === false ? undefined : inlineJsonText(host), ...args];
      },
      initial: (args) => (args[0] === undefined ? page.known?.(args) : read.now(parseInlineJson(args[0], false), args)),
      seed: serverSeed(host, read.now),
      load: (args, signal) => (args[0] === undefined ? page.fetch(args, signal) : read.later(parseInlineJson(args[0]), args)),
      keepData: page.keepData,
      onSettled: page.onSettled,
    });
    this.needsApi = () => needsApi(host, page);
  }

  /** Whether the element must ask the API for its data (see `needsApi`). */
  readonly needsApi: () => boolean;
}

/**
 * A data controller's `seed`: the data a server rendered the element with (`serverData`), read by
 * `read` (undefined: there is none, or it cannot be read now). `ElementData` seeds with it; an element
 * that takes no inline JSON (a rating's summary) gives it to its `DataController` directly.
 */
export const serverSeed =
  <A, T>(host: ServerRendered, read: (payload: unknown, args: A) => T | undefined) =>
  (args: A): T | undefined =>
    read(serverData(host), args);

/** Reads a payload of the contract's `schema` (an Evaluation, a Ranking, a RatingSummary). */
export const contractReader = <N extends SchemaName>(schema: N): PageReader<readonly unknown[], Payload<N>> => ({
  now: (payload) => validateNow(payload, schema),
  later: (payload) => validatePayload(payload, schema),
});
