/**
 * The sessionStorage key marking that this tab started a redirect sign-in
 * (`enableExperimentalRedirectFlow`). It holds the provider id and the start
 * time, never a token. sessionStorage, because only the tab that left for the
 * identity provider may trust the `?error=` it comes back with.
 */
export const REDIRECT_STARTED_KEY =
  'backstage-plugin-access-inspector:signIn:redirectStarted';

/** A redirect older than this is not the one the page returns from. */
const MAX_AGE_MS = 15 * 60 * 1000;

function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be disabled: then no `?error=` is ever trusted.
    return undefined;
  }
}

export function markRedirectStarted(providerId: string, now = Date.now()) {
  try {
    session()?.setItem(
      REDIRECT_STARTED_KEY,
      JSON.stringify({ providerId, startedAt: now }),
    );
  } catch {
    // see session()
  }
}

/** The provider this tab started a redirect sign-in for, if any and recent. */
export function readRedirectStarted(
  now = Date.now(),
): { providerId: string } | undefined {
  try {
    const raw = session()?.getItem(REDIRECT_STARTED_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (!parsed || typeof parsed !== 'object') return undefined;
    const { providerId, startedAt } = parsed as Record<string, unknown>;
    if (typeof providerId !== 'string' || typeof startedAt !== 'number') {
      return undefined;
    }
    const age = now - startedAt;
    return age >= 0 && age <= MAX_AGE_MS ? { providerId } : undefined;
  } catch {
    return undefined;
  }
}

export function clearRedirectStarted() {
  try {
    session()?.removeItem(REDIRECT_STARTED_KEY);
  } catch {
    // see session()
  }
}

/** The address bar's `?error=`, which the auth backend's redirect sets. */
export function readErrorParam(): string | undefined {
  return new URLSearchParams(window.location.search).get('error') ?? undefined;
}

/**
 * Drops `error` from the address bar, keeping the path, the other parameters
 * and the hash, so a reload or a copied link does not carry it on.
 */
export function removeErrorParam() {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('error')) return;
  url.searchParams.delete('error');
  window.history.replaceState(
    window.history.state,
    '',
    `${url.pathname}${url.search}${url.hash}`,
  );
}
