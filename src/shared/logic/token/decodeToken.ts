import { InvalidTokenError, jwtDecode } from 'jwt-decode';

/**
 * Why a string could not be decoded as a JWT.
 */
export type TokenDecodeErrorReason =
  | 'empty'
  | 'url-encoded'
  | 'not-a-jwt'
  | 'unsigned'
  | 'too-many-parts'
  | 'encrypted'
  | 'bad-base64'
  | 'header-not-json'
  | 'payload-not-json'
  | 'header-not-object'
  | 'payload-not-object';

/**
 * A typed decoding failure with a sentence a person can read.
 */
export type TokenDecodeError = {
  reason: TokenDecodeErrorReason;
  /** Which part of the token failed, when one did. */
  part?: 'header' | 'payload';
  message: string;
};

/**
 * A JSON object read from a token part. Keys may be anything, `__proto__` included.
 */
export type JsonObject = { [key: string]: unknown };

/**
 * A decoded (not verified) JWT. The signature is deliberately not kept:
 * it never needs to leave this module.
 */
export type DecodedToken = {
  header: JsonObject;
  payload: JsonObject;
  /** Length of the encoded token in characters. */
  length: number;
  hasSignature: boolean;
};

/**
 * The outcome of {@link decodeToken}: never an exception.
 */
export type TokenDecodeResult =
  { ok: true; token: DecodedToken } | { ok: false; error: TokenDecodeError };

const sentences: Record<TokenDecodeErrorReason, string> = {
  empty: 'There is no token: the string is empty.',
  'url-encoded':
    'The token is damaged: it carries URL encoding (such as %2E or %3D), so it was copied from an address or a form field. Backends expect the bare token and refuse this one; copy it from the request\u2019s Authorization header instead.',
  'not-a-jwt':
    'This is not a JWT: a JWT has three parts separated by dots. It may be an opaque token, which only its issuer can read.',
  unsigned:
    'This token has only two parts: the signature part is missing, so no backend will accept it.',
  'too-many-parts':
    'This is not a JWT: it has more parts than a signed token (three) but is not an encrypted one (five).',
  encrypted:
    'This is an encrypted token (JWE, five parts): its contents can only be read by the party holding the key.',
  'bad-base64':
    'The {part} is not valid base64url, so the token is damaged or truncated.',
  'header-not-json': 'The header decodes, but it is not JSON.',
  'payload-not-json': 'The payload decodes, but it is not JSON.',
  'header-not-object': 'The header is JSON, but not a JSON object.',
  'payload-not-object':
    'The payload is JSON, but not a JSON object with claims.',
};

function failure(
  reason: TokenDecodeErrorReason,
  part?: 'header' | 'payload',
): TokenDecodeResult {
  return {
    ok: false,
    error: {
      reason,
      ...(part ? { part } : {}),
      message: sentences[reason].replace('{part}', part ?? 'token'),
    },
  };
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodePart(
  token: string,
  part: 'header' | 'payload',
): { ok: true; value: unknown } | { ok: false; result: TokenDecodeResult } {
  try {
    return { ok: true, value: jwtDecode(token, { header: part === 'header' }) };
  } catch (e) {
    if (e instanceof InvalidTokenError && /invalid json/i.test(e.message)) {
      return { ok: false, result: failure(`${part}-not-json`, part) };
    }
    // jwt-decode reports base64 failures as "invalid base64"; anything else it
    // throws on a well-formed three-part string is also a broken encoding.
    return { ok: false, result: failure('bad-base64', part) };
  }
}

/**
 * Decodes a JWT's header and payload without verifying it.
 *
 * @remarks
 * Decoding is not verification: only the issuer's key can tell whether the
 * token is genuine. This function never throws.
 */
export function decodeToken(token: string): TokenDecodeResult {
  if (typeof token !== 'string' || token.length === 0) {
    return failure('empty');
  }
  // base64url has no `%`: a JWT that has one went through URL encoding.
  if (/^eyJ/.test(token) && /%[0-9A-Fa-f]{2}/.test(token)) {
    return failure('url-encoded');
  }
  const parts = token.split('.');
  if (parts.length === 1) return failure('not-a-jwt');
  if (parts.length === 2) return failure('unsigned');
  if (parts.length === 5) return failure('encrypted');
  if (parts.length !== 3) return failure('too-many-parts');
  if (parts[0] === '') return failure('bad-base64', 'header');
  if (parts[1] === '') return failure('bad-base64', 'payload');

  const header = decodePart(token, 'header');
  if (!header.ok) return header.result;
  if (!isJsonObject(header.value))
    return failure('header-not-object', 'header');

  const payload = decodePart(token, 'payload');
  if (!payload.ok) return payload.result;
  if (!isJsonObject(payload.value)) {
    return failure('payload-not-object', 'payload');
  }

  return {
    ok: true,
    token: {
      header: header.value,
      payload: payload.value,
      length: token.length,
      hasSignature: parts[2].length > 0,
    },
  };
}

/**
 * Turns what people paste (`Bearer eyJ…`, quoted, with line breaks) into the bare token.
 */
export function normalizeTokenInput(input: string): string {
  if (typeof input !== 'string') return '';
  const unquote = (text: string) =>
    text.replace(/^["'`]+|["'`,;]+$/g, '').trim();
  let value = unquote(input.replace(/\s+/g, ' ').trim());
  value = unquote(value.replace(/^(?:authorization\s*:\s*)?bearer\s+/i, ''));
  return value.replace(/\s+/g, '');
}
