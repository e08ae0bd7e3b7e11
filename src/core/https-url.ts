/**
 * Returns `value` as an absolute `https:` URL, or undefined. Links and images that come from data are
 * only ever followed over https: `javascript:`, `data:`, `http:` and relative addresses are dropped,
 * so a compromised or careless payload cannot run script or leak a citizen's visit in clear text.
 */
export function httpsUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
