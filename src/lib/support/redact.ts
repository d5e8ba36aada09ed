/**
 * Redaction of secrets-looking text for the support bundle. Errs on the side
 * of redacting too much: a bundle is read by people, not parsed by tools.
 */

/** @public */
export const REDACTED = '[redacted]';

/** Strings in the bundle are cut to this length, after redaction. */
export const MAX_STRING_LENGTH = 2_000;
const MAX_DEPTH = 8;
const MAX_ENTRIES = 200;

// JWTs (a JSON header encodes to "eyJ…"), also unsigned or truncated ones,
// and other dot-separated triples of long base64url runs. Host names have
// shorter labels, so URLs stay readable.
const JWT =
  /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.?[A-Za-z0-9_-]*|[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]*/g;
const BEARER = /\b(bearer)(\s+)[^\s"'<>]+/gi;
// Case-sensitive, and only base64 that is not a plain word ("Basic permissions").
const BASIC =
  /\b(Basic)(\s+)(?=[A-Za-z0-9+/]*[A-Z0-9+/=])[A-Za-z0-9+/]{8,}={0,2}/g;
const SECRET_ASSIGNMENT =
  /\b([\w-]*(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|credential|authorization|cookie|session)[\w-]*)("?\s*[:=]\s*"?)([^\s"'&,;}]+)/gi;
const LONG_RUN = /[A-Za-z0-9+/_=-]{32,}/g;

function looksSecret(run: string): boolean {
  if (/^[0-9a-f]{32,}$/i.test(run) && /\d/.test(run) && /[a-f]/i.test(run)) {
    return true;
  }
  return /[A-Z]/.test(run) && /[a-z]/.test(run) && /\d/.test(run);
}

/**
 * Keys whose values are secrets whatever they look like.
 *
 * @public
 */
export function isSecretKey(key: string): boolean {
  return /password|passwd|secret|token|api[_-]?key|apikey|private[_-]?key|credential|authorization|cookie|signature|^uip$/i.test(
    key,
  );
}

/**
 * Replaces everything in `text` that looks like a secret: JWTs, bearer and
 * basic credentials, `password=` / `secret: ` style values, and long runs of
 * base64 or hex with mixed characters. Then every occurrence of the given
 * known secrets (the session token, each of its parts).
 *
 * @public
 */
export function redactText(
  text: string,
  knownSecrets: readonly string[] = [],
): string {
  let out = String(text);
  for (const secret of knownSecrets) {
    if (secret && secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  out = out
    .replace(JWT, '[redacted JWT]')
    .replace(
      BEARER,
      (_m, scheme: string, space: string) => `${scheme}${space}${REDACTED}`,
    )
    .replace(
      BASIC,
      (_m, scheme: string, space: string) => `${scheme}${space}${REDACTED}`,
    )
    .replace(
      SECRET_ASSIGNMENT,
      (_m, key: string, sep: string) => `${key}${sep}${REDACTED}`,
    )
    .replace(LONG_RUN, run => (looksSecret(run) ? REDACTED : run));
  return out;
}

function clip(text: string): string {
  return text.length > MAX_STRING_LENGTH
    ? `${text.slice(0, MAX_STRING_LENGTH)}… [${text.length - MAX_STRING_LENGTH} more characters cut]`
    : text;
}

/**
 * {@link redactText} followed by cutting the result to a readable length.
 *
 * @public
 */
export function redactString(
  text: string,
  knownSecrets: readonly string[] = [],
): string {
  return clip(redactText(text, knownSecrets));
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  // defineProperty, not assignment: a "__proto__" key stays a plain key.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * A copy of any JSON-like value safe to put into the bundle: strings
 * redacted and cut, keys redacted too, values of secret-named keys
 * replaced, depth and size bounded, `__proto__` kept as a plain key, and
 * anything that is not JSON (functions, symbols, bigints, cycles) described
 * instead of copied.
 *
 * @public
 */
export function redactValue(
  value: unknown,
  knownSecrets: readonly string[] = [],
  depth = 0,
  seen: Set<object> = new Set(),
): unknown {
  if (typeof value === 'string') return redactString(value, knownSecrets);
  if (typeof value === 'number')
    return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean' || value === null) return value;
  if (value === undefined) return null;
  if (typeof value !== 'object') return `[${typeof value}]`;
  if (seen.has(value)) return '[cycle]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      const items = value
        .slice(0, MAX_ENTRIES)
        .map(item => redactValue(item, knownSecrets, depth + 1, seen));
      if (value.length > MAX_ENTRIES) {
        items.push(`[${value.length - MAX_ENTRIES} more items cut]`);
      }
      return items;
    }
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value);
    keys.slice(0, MAX_ENTRIES).forEach(key => {
      let safeKey = redactString(key, knownSecrets);
      while (Object.prototype.hasOwnProperty.call(out, safeKey)) safeKey += '′';
      const raw = (value as Record<string, unknown>)[key];
      setOwn(
        out,
        safeKey,
        isSecretKey(key) && raw !== null && raw !== undefined && raw !== ''
          ? REDACTED
          : redactValue(raw, knownSecrets, depth + 1, seen),
      );
    });
    if (keys.length > MAX_ENTRIES) {
      setOwn(out, '[cut]', `${keys.length - MAX_ENTRIES} more keys`);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/**
 * The token and each of its non-empty parts, to be removed wherever they
 * appear (hostile claims can embed the token itself).
 *
 * @public
 */
export function tokenSecrets(token: string | undefined): string[] {
  if (!token) return [];
  return [token, ...token.split('.')].filter(part => part.length >= 8);
}
