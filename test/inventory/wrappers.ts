import { STATUS_CODES } from 'node:http';
import type { SignInFailure } from '../../src/shared/logic/signInFailures';
import type { Annotation, InventoryEntry, Wrapper } from './inventory';

/** A message as a user meets it: classified directly or pasted. */
export type WrappedText = {
  wrapper: Wrapper | 'direct';
  text: string;
  /** For `direct`: what the sign-in page hands the explainer. */
  failure?: SignInFailure;
};

// Realistic values for `${…}`, by the expression's source; first match wins.
const VALUES: Array<[RegExp, string]> = [
  [/targetOrigin/, 'https://backstage.example.com'],
  [/origin/i, 'https://backstage-old.example.com'],
  [/providerId|\bprovider\b/, 'github'],
  [/\benv\b/, 'staging'],
  [/statusText/, 'Unauthorized'],
  [/\bstatus\b|statusCode/, '401'],
  [
    /requestUrl/,
    'https://backstage.example.com/api/techdocs/.backstage/auth/v1/cookie',
  ],
  [/issuer|\biss\b|expectedIss/, 'https://idp.example.com/realms/backstage'],
  [/client_id|\baud\b|azp/, 'backstage-app'],
  [/\benc\b|expectedEnc/, 'A256GCM'],
  [/alg|signingAlgorithm/i, 'RS256'],
  [/nonce|state/i, 'Xk3J9x0aQ2'],
  [/sub\b|Sub\b/, '248289761001'],
  [/timestamp|\bexp\b|nbf|iat|auth_time|\bnow\b|maxAge/i, '1765116191'],
  [/timeout/, '3500'],
  [/\bparam\b/, 'code'],
  [/\bprop\b/, 'auth_time'],
  [/\bdef\b/, '{"alg":"RS256","kid":"7c3ea2b1"}'],
  [/permission\.name/, 'catalog.entity.delete'],
  [/resourceType/, 'catalog-entity'],
  [/\bname\b/, 'IS_ENTITY_OWNER'],
  [/targetPluginId|pluginId/, 'scaffolder'],
  [/\btype\b/, 'none'],
  [/\bvalid\b/, 'catalog'],
  [/err\.name/, 'SyntaxError'],
  [
    /error|\be\b|message/i,
    'Error: Wrong recipient, payload audience != requiredAudience',
  ],
];

/** Fills each `${…}` with a realistic value. */
export function fillPattern(pattern: string): string {
  return pattern.replace(
    /\$\{((?:[^{}]|\{[^{}]*\})*)\}/g,
    (_m, expr: string) => {
      const found = VALUES.find(([re]) => re.test(expr));
      return found ? found[1] : 'x1';
    },
  );
}

const STATUS_OF: Record<string, number> = {
  InputError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  NotImplementedError: 501,
  ServiceUnavailableError: 503,
};

/** How an OIDC/OAuth library's text reaches Backstage: auth-node's words. */
function libraryText(entry: InventoryEntry, text: string): string {
  const rejected =
    entry.kind === 'fail' ||
    entry.errorName === 'RPError' ||
    (entry.errorName === 'OPError' && !/^(invalid|server_error)/.test(text));
  return `Authentication ${rejected ? 'rejected' : 'failed'}, ${text}`;
}

/** The realistic texts of a message, with the finding each must get. */
export function exampleTexts(
  entry: InventoryEntry,
  annotation: Extract<Annotation, { finding: string }>,
): Array<{ text: string; finding: string }> {
  if (annotation.examples?.length) {
    return annotation.examples.map(e =>
      typeof e === 'string' ? { text: e, finding: annotation.finding } : e,
    );
  }
  const filled = fillPattern(entry.message);
  return [
    {
      text: entry.side === 'library' ? libraryText(entry, filled) : filled,
      finding: annotation.finding,
    },
  ];
}

const TIME = '2026-12-07T14:03:11.482Z';

/** The text in each place a user or admin copies it from. */
export function wrap(
  entry: InventoryEntry,
  text: string,
  providerId: string,
  seenIn?: Wrapper[],
): WrappedText[] {
  const frontend = entry.side === 'frontend';
  // A library's text reaches the app as a plain Error from auth-node; the
  // browser's own errors keep their names (AuthConnectionError).
  let name = entry.errorName ?? 'Error';
  if (!frontend && (entry.side === 'library' || !(name in STATUS_OF))) {
    name = 'Error';
  }
  const status = STATUS_OF[name] ?? 500;
  const logged = entry.kind.startsWith('log.');
  const body = JSON.stringify({
    error: { name, message: text },
    request: {
      method: 'GET',
      url: `/api/auth/${providerId || 'github'}/refresh?optional&env=production`,
    },
    response: { statusCode: status },
  });
  const all: Record<Wrapper, string> = {
    toast:
      entry.side === 'frontend'
        ? `${name}: ${text}`
        : `Login failed; caused by ${name}: ${text}`,
    body,
    log: JSON.stringify(
      logged
        ? {
            level: entry.kind.slice(4),
            message: text,
            plugin: 'auth',
            service: 'backstage',
            timestamp: TIME,
          }
        : {
            level: 'error',
            message: `Request failed with status ${status} ${text}`,
            plugin: 'auth',
            service: 'backstage',
            stack: `${name}: ${text}\n    at /app/node_modules/@backstage/plugin-auth-node/dist/oauth/createOAuthRouteHandlers.cjs.js:164:15`,
            timestamp: TIME,
            type: 'errorHandler',
          },
    ),
    response: [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      'content-type: application/json; charset=utf-8',
      'date: Mon, 07 Dec 2026 14:03:11 GMT',
      'vary: Origin',
      '',
      body,
    ].join('\r\n'),
  };
  let wrappers: Wrapper[] = ['toast', 'body', 'log', 'response'];
  if (logged) wrappers = ['log'];
  else if (frontend) wrappers = ['toast'];
  if (seenIn) wrappers = seenIn;
  return [
    {
      wrapper: 'direct',
      text,
      failure:
        logged || frontend
          ? { name, message: text }
          : { name, message: text, status },
    },
    ...wrappers.map(wrapper => ({ wrapper, text: all[wrapper] })),
  ];
}
