import type { SignInFailure } from '../../../shared/logic/signInFailures';
import { normalizeTokenInput } from '../../../shared/logic/token';

// Reading a pasted text: what it is (token, error body, response, log line,
// message) and the failure it carries. Explaining it is errorBodies' part.

/**
 * The parts of Backstage's JSON error body the doctor reads:
 * `{ error: { name, message }, response: { statusCode } }`.
 */
export type BackstageErrorBody = {
  name: string;
  message: string;
  statusCode?: number;
};

/**
 * What a pasted text turned out to be:
 * - `token`: a token, with or without `Bearer ` (diagnosed by
 *   `diagnosePastedToken`);
 * - `errorBody`: Backstage's JSON error body;
 * - `oauthError`: an OAuth error answer, `{ error, error_description }`;
 * - `response`: an HTTP response with its status line and headers;
 * - `address`: an address carrying `?error=` (a callback URL);
 * - `log`: a JSON log entry with a message;
 * - `json`: JSON with no error in it;
 * - `message`: any other text (a toast, a popup, an error page, a log line).
 */
export type PastedKind =
  | 'empty'
  | 'token'
  | 'errorBody'
  | 'oauthError'
  | 'response'
  | 'address'
  | 'log'
  | 'json'
  | 'message';

/** What a pasted response's body can be. */
type BodyKind = 'errorBody' | 'oauthError' | 'log' | 'json' | 'message';

/** A pasted text, read: its kind and the failure it reports. */
export type PastedText = {
  kind: PastedKind;
  /** What the response's body was, for `response`. */
  body?: BodyKind;
  /** The status of a pasted response or of an error body. */
  status?: number;
  /** The name, message and status to explain; none for a token. */
  failure?: SignInFailure;
  /** Whether the failure came in Backstage's error body. */
  backstage?: boolean;
  /** The auth provider the text names, e.g. in a callback address. */
  providerId?: string;
};

/** Pasted text longer than this is cut before reading. */
const MAX_PASTE_LENGTH = 200_000;
/** Messages are quoted up to this length. */
const MAX_MESSAGE_LENGTH = 500;

function clip(value: string): string {
  return value.length > MAX_MESSAGE_LENGTH
    ? `${value.slice(0, MAX_MESSAGE_LENGTH)}…`
    : value;
}

function own(obj: unknown, key: string): unknown {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  if (!Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
  return (obj as Record<string, unknown>)[key];
}

function ownString(obj: unknown, key: string): string | undefined {
  const value = own(obj, key);
  return typeof value === 'string' ? value : undefined;
}

/**
 * Reads a Backstage error body from parsed JSON; undefined for other shapes.
 */
export function readBackstageErrorBody(
  json: unknown,
): BackstageErrorBody | undefined {
  const error = own(json, 'error');
  const name = ownString(error, 'name');
  const message = ownString(error, 'message');
  if (name === undefined || message === undefined) return undefined;
  const statusCode = own(own(json, 'response'), 'statusCode');
  return {
    name: clip(name),
    message: clip(message),
    statusCode:
      typeof statusCode === 'number' && Number.isInteger(statusCode)
        ? statusCode
        : undefined,
  };
}

function joinError(error: string, description?: string): string {
  return clip(description ? `${error} (${description})` : error);
}

/** Reads a body: JSON of a known shape, or text. */
function readBody(body: string): (PastedText & { kind: BodyKind }) | undefined {
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start === -1 || end < start) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(body.slice(start, end + 1));
  } catch {
    return undefined;
  }
  const backstage = readBackstageErrorBody(json);
  if (backstage) {
    const { name, message, statusCode: status } = backstage;
    return {
      kind: 'errorBody',
      status,
      failure: { name, message, status },
      backstage: true,
    };
  }
  const oauthError = ownString(json, 'error');
  if (oauthError) {
    const message = joinError(oauthError, ownString(json, 'error_description'));
    return { kind: 'oauthError', failure: { message } };
  }
  const logged = ownString(json, 'message');
  if (logged) {
    return {
      kind: 'log',
      failure: { name: ownString(json, 'name'), message: clip(logged) },
    };
  }
  return { kind: 'json' };
}

// "HTTP/1.1 401 Unauthorized", or DevTools' "Status Code: 401 Unauthorized".
const STATUS_LINE = /^(?:HTTP\/[\d.]+\s+|status(?: code)?:\s*)(\d{3})\b/im;
const TOKEN = /^[A-Za-z0-9._~+/=-]+$/;
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
// A JWT's header is base64url of `{"`: whatever starts so and has no space
// is a token, even when its copy is cut or URL-encoded (`%3D`, `%2E`), so
// the token reader can say what is wrong with it.
const JWT_LIKE = /^eyJ[^\s]{8,}$/;

/** The provider a message names: `/api/auth/<id>/` or `provider '<id>'`. */
export function providerNamed(message: string): string | undefined {
  return (
    /\/api\/auth\/([\w-]+)\//.exec(message)?.[1] ??
    /provider (?:registered for )?'([\w-]+)'/i.exec(message)?.[1]
  );
}

/**
 * Tells what the user pasted: a token, an error body, a response, an
 * address with an error, or a message. Never throws; reads in the browser.
 */
export function readPastedText(input: string): PastedText {
  const text =
    typeof input === 'string' ? input.slice(0, MAX_PASTE_LENGTH).trim() : '';
  if (!text) return { kind: 'empty' };
  const read = readText(text);
  const providerId = read.failure && providerNamed(text);
  return providerId ? { ...read, providerId } : read;
}

function readText(text: string): PastedText {
  const unquoted = text.replace(/^["'`]+|["'`,;]+$/g, '');
  const scheme = /^(authorization:\s*)?bearer\b/i.test(unquoted);
  const candidate = normalizeTokenInput(unquoted);
  if (
    (scheme && !/\s/.test(candidate)) ||
    JWT.test(candidate) ||
    JWT_LIKE.test(candidate) ||
    // A long opaque string with digits, as access tokens are.
    (candidate.length >= 24 && TOKEN.test(candidate) && /\d/.test(candidate))
  ) {
    return { kind: 'token' };
  }

  const status = STATUS_LINE.exec(text);
  if (status) {
    const code = Number(status[1]);
    const [, body = ''] = text.split(/\r?\n\s*\r?\n/, 2);
    const inBody = readBody(body) ?? readBody(text);
    // RFC 6750: Bearer error="invalid_token", error_description="…"
    const challenge =
      /www-authenticate:.*\berror="([^"]*)"(?:.*error_description="([^"]*)")?/i.exec(
        text,
      );
    const failure: SignInFailure = inBody?.failure
      ? { ...inBody.failure, status: inBody.failure.status ?? code }
      : {
          status: code,
          ...(challenge && { message: joinError(challenge[1], challenge[2]) }),
        };
    return {
      kind: 'response',
      body: inBody?.kind ?? (body.trim() ? 'message' : undefined),
      status: code,
      failure,
      backstage: inBody?.backstage,
    };
  }

  const inJson = readBody(text);
  // A message that quotes a JSON fragment ("… for key parameters
  // {"alg":"RS256"}") is still a message.
  if (inJson && (inJson.kind !== 'json' || text.startsWith('{'))) {
    return inJson;
  }

  const query =
    /[?&#]error=([^&#\s]*)(?:.*?[?&#]error_description=([^&#\s]*))?/.exec(text);
  if (query) {
    const decode = (v?: string) => {
      try {
        return v && decodeURIComponent(v.replace(/\+/g, ' '));
      } catch {
        return v;
      }
    };
    return {
      kind: 'address',
      failure: { message: joinError(decode(query[1]) ?? '', decode(query[2])) },
    };
  }

  // "AuthenticationError: Missing credentials", as a log or a toast shows it.
  const named = /^([A-Z]\w*Error):\s*([\s\S]*)$/.exec(text);
  return {
    kind: 'message',
    failure: named
      ? { name: named[1], message: clip(named[2]) }
      : { message: clip(text) },
  };
}
