import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * Who is asking, for the rate limit: the socket's address, or with `trustProxy` the address the
 * (one, trusted) reverse proxy appended last to `X-Forwarded-For`. IPv6 clients are grouped by their
 * /64, which one household or phone usually owns whole.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for') : undefined;
  return clientKey(forwarded, () => {
    try {
      return getConnInfo(c).remote.address;
    } catch {
      return undefined; // not over a socket (app.request in a test)
    }
  });
}

/**
 * The rate-limit key from `X-Forwarded-For` (when trusted and present, else undefined) or else the
 * socket's address, asked only when needed.
 */
export function clientKey(forwardedFor: string | undefined, socketAddress: () => string | undefined): string {
  let address = forwardedFor?.split(',').at(-1)?.trim();
  if (!address) address = socketAddress();
  if (!address) return 'unknown';
  if (address.startsWith('::ffff:')) return address.slice(7);
  if (address.includes(':')) return ipv6Prefix(address);
  return address;
}

/** The /64 network of an IPv6 address, written out: `2001:db8:0:1::/64`. */
function ipv6Prefix(address: string): string {
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
