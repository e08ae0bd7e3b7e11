const warned = new Set<string>();

/** One console warning per distinct problem per page, however many elements share it. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[jawda] ${message}`);
}
