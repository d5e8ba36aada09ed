function pageOrigin(): string | undefined {
  return typeof window === 'undefined' ? undefined : window.location?.origin;
}

/**
 * Whether a profile picture URL from a claim or a provider profile may be put
 * into an `<img src>`: an absolute `https:` URL, or an `http:` URL on the
 * page's own origin. Plain `http:` elsewhere is dropped (on an https app it
 * is mixed content, and on any app it lets whoever sits on the network
 * watch and change the picture), as are `javascript:`, `data:` and any other
 * scheme.
 *
 * @param origin - the page's origin; defaults to `window.location.origin`.
 */
export function isSafeImageUrl(
  url: unknown,
  origin: string | undefined = pageOrigin(),
): url is string {
  if (typeof url !== 'string' || url.length > 4096) return false;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') return true;
    return parsed.protocol === 'http:' && parsed.origin === origin;
  } catch {
    return false;
  }
}
