/**
 * Page-level signals between elements: one element's news that others of the same subject need,
 * such as "this service's rating summary changed" after a vote, so that every summary of that
 * service on the page shows the new count, not only the one that was voted in.
 */
type Listener = (value: unknown) => void;

const channels = new Map<string, Set<Listener>>();

/** The topic of a service's rating summary. */
export const summaryTopic = (serviceId: string) => `rating-summary:${serviceId}`;

/** Tells every listener of `topic` (other elements; the sender too, if it listens). */
export function publish(topic: string, value?: unknown): void {
  channels.get(topic)?.forEach((listener) => listener(value));
}

/** Listens to `topic`; returns the function that stops listening. */
export function subscribe(topic: string, listener: Listener): () => void {
  let listeners = channels.get(topic);
  if (!listeners) channels.set(topic, (listeners = new Set()));
  listeners.add(listener);
  return () => {
    listeners!.delete(listener);
    if (!listeners!.size) channels.delete(topic);
  };
}
