/**
 * The one base class of every Jawda event: it bubbles, it is `composed` (so a listener outside a
 * host's shadow root sees it: a portal that wraps the element in its own component still hears
 * it), and its data is in `detail`, as in any `CustomEvent`. Each element declares its events as
 * subclasses with a static `type`, and types them in `GlobalEventHandlersEventMap`.
 */
export class JawdaEvent<D> extends CustomEvent<D> {
  /** The event's name (`rating-submitted`): each subclass declares its own, and needs no constructor for it. */
  declare static readonly type: string;

  constructor(detail: D, options: { cancelable?: boolean } = {}) {
    super((new.target as typeof JawdaEvent).type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  }
}

/**
 * A native-looking `change` or `input` from a form-like element, composed so that it crosses the
 * shadow roots of the components a portal wraps it in.
 */
export function inputEvent(type: 'change' | 'input'): Event {
  return new Event(type, { bubbles: true, composed: true });
}
