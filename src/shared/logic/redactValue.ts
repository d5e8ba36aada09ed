import { decodeToken } from './token/decodeToken';
import { isSecretKey, REDACTED, redactString } from './redactText';

const MAX_DEPTH = 8;
const MAX_ENTRIES = 200;

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
 * What replays a token, to be removed wherever it appears (hostile claims
 * can embed the token itself): the token, each of its parts, its
 * `header.payload` and its `uip` claim (with the claims, a limited token).
 * Longest first, so a whole token goes before its parts.
 */
export function tokenSecrets(token: string | undefined): string[] {
  if (!token) return [];
  const parts = token.split('.');
  const secrets = [token, ...parts];
  if (parts.length >= 2) secrets.push(`${parts[0]}.${parts[1]}`);
  const decoded = decodeToken(token);
  const uip = decoded.ok ? decoded.token.payload.uip : undefined;
  if (typeof uip === 'string') secrets.push(uip);
  return [...new Set(secrets.filter(part => part.length >= 8))].sort(
    (a, b) => b.length - a.length,
  );
}
