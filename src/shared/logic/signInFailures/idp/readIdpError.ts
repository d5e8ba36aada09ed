import { IDP_CATALOG } from './idpCatalog';
import {
  OAUTH_ERROR_CODES,
  type IdpCatalogEntry,
  type IdpId,
  type OAuthErrorCode,
} from './types';

/**
 * What a text says the identity provider answered: the code and
 * description it sent, the catalog entry its words match, the IdP when the
 * wording names one, and the generic code family.
 */
export type IdpErrorReading = {
  /** The `error` value as sent, e.g. `incorrect_client_credentials`. */
  code?: string;
  /** The `error_description` (or the text after the code). */
  description?: string;
  /** The generic OAuth code family. */
  family: OAuthErrorCode;
  /** The catalog entry whose words the text carries. */
  entry?: IdpCatalogEntry;
  /** The IdP the wording identifies (not a `shared` entry's alone). */
  idp?: IdpId;
};

const FAMILY = new Set<string>(OAUTH_ERROR_CODES);
const isFamily = (code: string | undefined): code is OAuthErrorCode =>
  !!code && FAMILY.has(code);

// Codes in running text: the generic ones the explainer knew before the
// catalog; server_error and the like stay the provider's own words.
const CODE_IN_TEXT =
  /\b(redirect_uri_mismatch|invalid_client|unauthorized_client|invalid_grant|invalid_scope|access_denied|consent_required|login_required|interaction_required)\b/;

// Wordings that give a family but name no IdP (or one without an entry).
const PHRASES: Array<[RegExp, OAuthErrorCode]> = [
  [
    /invalid redirect_uri|redirect URI .* does not match/i,
    'redirect_uri_mismatch',
  ],
  [
    /client authentication failed|incorrect client credentials/i,
    'invalid_client',
  ],
  [/end-user aborted/i, 'access_denied'],
  [/AADSTS50079\b/, 'interaction_required'],
  [/AADSTS(70008|54005)\b/, 'invalid_grant'],
];

// Wordings that name the IdP although no entry matches them.
const IDP_MARKERS: Array<[RegExp, IdpId]> = [
  [/AADSTS\d+|login\.microsoftonline\.com/i, 'entraId'],
  [/\bE0000\d{3}\b|\.okta\.com\b/, 'okta'],
  [/accounts\.google\.com/i, 'google'],
  [/github\.com\/login\/oauth/i, 'github'],
  [/\.auth0\.com\b/i, 'auth0'],
  [/\bgitlab\.[a-z]/i, 'gitlab'],
  [/amazoncognito\.com/i, 'cognito'],
  [/bitbucket\.org\/site\/oauth2/i, 'bitbucket'],
  [/\.onelogin\.com\b/i, 'onelogin'],
  [/pingone\.|pingidentity\.com/i, 'ping'],
  [/\/realms\/[^/\s]+\/protocol\/openid-connect/i, 'keycloak'],
];

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function unescapeJson(value: string): string {
  try {
    return JSON.parse(`"${value}"`) as string;
  } catch {
    return value;
  }
}

/** The `error` and `error_description` a text carries, in any wrapper. */
function readCodeAndDescription(text: string): {
  code?: string;
  description?: string;
} {
  // A callback address: ?error=…&error_description=…
  const query = /[?&#]error=([^&#\s]+)/.exec(text);
  if (query) {
    const description = /[?&#]error_description=([^&#\s]*)/.exec(text)?.[1];
    return {
      code: decode(query[1]),
      description: description ? decode(description) : undefined,
    };
  }
  // A token endpoint's JSON answer.
  const json = /"error"\s*:\s*"([^"\\]+)"/.exec(text);
  if (json) {
    const description = /"error_description"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(
      text,
    )?.[1];
    return {
      code: json[1],
      description: description ? unescapeJson(description) : undefined,
    };
  }
  // An error page that lists them as "error: …" and "error_description: …".
  const labelled = /(?:^|\n)\s*error:\s*([a-z]+(?:_[a-z]+)+)\s*(?:\n|$)/.exec(
    text,
  );
  if (labelled) {
    const description = /(?:^|\n)\s*error_description:\s*(.+)/.exec(text)?.[1];
    return { code: labelled[1], description: description?.trim() || undefined };
  }
  // passport-oauth2 via auth-node PassportHelpers: "Authentication failed,
  // <code>" or "Authentication rejected, <description>"; openid-client and
  // the doctor write "<code> (<description>)".
  const after = /authentication (?:failed|rejected),\s*([\s\S]*)$/i.exec(text);
  const rest = (after ? after[1] : text).trim();
  const coded =
    /^([a-z]+(?:_[a-z]+)+)\b(?:\s*\(([\s\S]*)\)\s*$|[:\s-]+([\s\S]+))?/.exec(
      rest,
    );
  if (coded) {
    return {
      code: coded[1],
      description: (coded[2] ?? coded[3])?.trim() || undefined,
    };
  }
  return after && rest ? { description: rest } : {};
}

/**
 * Reads the identity provider's answer in any text that carries one: a
 * popup's "Authentication failed, X", a callback URL's
 * `?error=&error_description=`, a token endpoint's JSON or a copied error
 * page. A description the IdP sent decides the entry; the code alone only
 * the family. Undefined when the text holds no IdP answer the catalog or
 * the generic codes know.
 */
export function readIdpError(text: string): IdpErrorReading | undefined {
  if (!text) return undefined;
  const { code, description } = readCodeAndDescription(text);
  // An address carries the description URL-encoded: match the decoded one too.
  const said = [text, code, description].filter(Boolean).join('\n');
  const entry = IDP_CATALOG.find(e => e.match.test(said));
  const family: OAuthErrorCode | undefined =
    entry?.family ??
    (isFamily(code) && CODE_IN_TEXT.test(code) ? code : undefined) ??
    (CODE_IN_TEXT.exec(said)?.[1] as OAuthErrorCode | undefined) ??
    PHRASES.find(([re]) => re.test(said))?.[1];
  if (!family) return undefined;
  const idp =
    (entry && !entry.shared ? entry.idp : undefined) ??
    IDP_MARKERS.find(([re]) => re.test(said))?.[1];
  return {
    ...(code && { code }),
    ...(description && { description }),
    family,
    ...(entry && { entry }),
    ...(idp && { idp }),
  };
}
