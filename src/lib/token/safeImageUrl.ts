/**
 * Whether a profile picture URL may be put into an `<img src>`: http(s) only,
 * so `javascript:`, `data:` and other schemes from a provider profile are dropped.
 *
 * @public
 */
export function isSafeImageUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 4096) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
