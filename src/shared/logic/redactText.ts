
/**
 * Redaction of secrets-looking text for the support bundle. Errs on the side
 * of redacting too much: a bundle is read by people, not parsed by tools.
 */

export const REDACTED = '[redacted]';

/** Strings in the bundle are cut to this length, after redaction. */
export const MAX_STRING_LENGTH = 2_000;

// A secret starts where no letter or digit precedes it. A captured group,
// not a lookbehind: Safari before 16.4 cannot parse lookbehinds, and this
// module is loaded by the sign-in page.
const B = '(^|[^A-Za-z0-9])';

// Every pattern below runs in linear time: a page may paste a megabyte.
// Bounded repetitions where a failed match would otherwise rescan a run.

// user:password@ in any URL.
const URL_USERINFO = /\b([a-z][a-z0-9+.-]{0,30}:\/\/)[^\s/?#@"'<>\\]{1,512}@/gi;
const AUTHORIZATION =
  /\b((?:proxy-)?authorization)((?:\\?["'])?\s*[:=]\s*(?:\\?["'])?)(?:(bearer|basic|digest|negotiate|token|ntlm)(\s+))?([^\s"'<>,;}\\]+)/gi;
const BEARER =
  /\b(bearer)(\s*[:=]\s*|\s+)((?:\\?["'])?)([\w~+/-][^\s"'<>\\]*)/gi;
// What follows "token:" or "Bearer" in a sentence rather than a credential:
// "copy the whole token: it may…", "a Bearer token", "password: none".
const PROSE_WORD =
  /^(?:a|an|the|it|its|you|your|we|our|they|their|this|that|these|those|there|here|from|to|in|on|at|for|with|by|of|as|is|are|was|were|be|been|not|no|and|or|but|if|when|then|so|do|does|did|can|may|might|will|would|should|must|has|have|had|see|use|none|null|undefined|missing|empty|token|tokens|header|scheme|authentication|credentials?)[.,!?:]*$/i;
// Case-sensitive, and only base64 that is not a plain word ("Basic permissions").
const BASIC =
  /\b(Basic)(\s+)(?=[A-Za-z0-9+/]*[A-Z0-9+/=])[A-Za-z0-9+/]{8,}={0,2}/g;
// JWTs: a JSON header encodes to "eyJ…"; also unsigned, truncated or
// encrypted ones.
const JWT = new RegExp(`${B}eyJ[A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]*){0,4}`, 'g');
// Any run of base64url parts joined by dots; dotted runs with two long
// parts in a row are tokens. Host names have shorter labels.
const DOTTED_RUN = /[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*)*/g;
// Credentials whose prefix says what they are, whatever their length:
// GitLab (optionally behind an instance prefix), GitHub, Google (access and
// refresh tokens, API keys, client secrets), AWS access key ids, Slack.
const PREFIXED = new RegExp(
  `${B}(?:(?:[A-Za-z0-9]+-)?gl(?:pat|oas|dt|rtr|rt|cbt|ptt|ft|imt|agent|soat|ffct|wt)-[\\w.-]*|GR1348941[\\w-]*|gh[pousr]_\\w*|github_pat_\\w*|ya29\\.[\\w.-]*|AIza[\\w-]*|GOCSPX-[\\w-]*|1//0[\\w-]+|AKIA[A-Z0-9]*|ASIA(?=[A-Z0-9]*\\d|[A-Z0-9]{12})[A-Z0-9]+|xox[abeoprs]-[A-Za-z0-9-]*|xapp-[A-Za-z0-9-]*)`,
  'g',
);
// `key: value`, `key=value`, `"key": "value"`: every word, then a
// separator if there is one (always matching keeps this linear).
// Quotes may come escaped: JSON inside a JSON string ({\"token\": \"…\"}).
const ASSIGNMENT = /([\w.-]+)((?:\\?["'])?\s*[:=]\s*)?/g;
// What a secret-named key ends with, to skip most keys cheaply.
const SECRET_KEY_ENDING =
  /(?:tokens?|passw(?:or)?ds?|pwd|pass|passphrase|secrets?|key|credentials?|authorization|cookies?|signature|sig|uip|jwt|bearer|assertion|sid|pat|id|code)[^A-Za-z0-9]*$/i;
// A quoted value may lack its closing quote (cut text): then it runs to the
// end of the line.
const ASSIGNED_VALUE =
  /\\"(?:[^\\\r\n]|\\(?!"))*(?:\\")?|"(?:[^"\\\r\n]|\\.)*"?|'[^'\r\n]*'?|[^\s"'&,;}<>\\]+/y;
// Opaque tokens: 20 or more letters and digits with both in them. No
// English word has digits; UUIDs and host names are cut by hyphens and dots.
const OPAQUE = /(^|[^A-Za-z0-9])([A-Za-z0-9]{20,})(?![A-Za-z0-9])/g;
const LONG_RUN = /[A-Za-z0-9+/_=-]{32,}/g;

function looksSecret(run: string): boolean {
  if (/^[0-9a-f]{32,}$/i.test(run) && /\d/.test(run) && /[a-f]/i.test(run)) {
    return true;
  }
  if (!/[A-Z]/.test(run) || !/[a-z]/.test(run)) return false;
  // A signature without a digit is rare but happens; paths have slashes.
  return /\d/.test(run) || (run.length >= 40 && !run.includes('/'));
}

// Words that name a secret: long ones also as the end of a longer word
// ("accesstoken"), short ones only alone ("x-uip", not "bypass").
const SECRET_WORD =
  /(?:token|tokens|password|passwords|passwd|passphrase|secret|secrets|credential|credentials|authorization|cookie|cookies|signature|apikey|privatekey|accesskey|secretkey|sessionid)$|^(?:pwd|pass|sig|uip|jwt|bearer|assertion|sid|pat)$/;
const CODE_QUALIFIER = /^(?:auth|authorization|oauth|device|verification|otp)$/;
const KEY_QUALIFIER =
  /^(?:api|private|access|secret|signing|client|encryption|master|session)$/;
// Words that turn a key into a description of a secret rather than the
// secret itself: "tokenTargets", "fetch API sends the token to",
// "token_type", "expires_in".
const DESCRIBING_WORD =
  /^(?:urls?|uris?|hrefs?|links?|endpoints?|targets?|hosts?|origins?|domains?|paths?|routes?|issuer|iss|audiences?|aud|types?|typ|kinds?|format|scheme|alg|algorithm|expires?|expiry|expiration|exp|expired|ttl|lifetime|age|length|size|count|enabled|disabled|required|present|has|is|status|valid|names?|labels?|title|description|hint|headers?|field|policy|mode|source|claims|decoded|sends?|receives?|received|that|the|to|errors?|message|reason|location|injection|issued|iat|nbf|seconds|ms|remaining|used|usage|supported|allowed|rotation|version|storage|prefix)$/;

function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Whether a key names a secret value, judged on its words as a whole: the
 * last word says what the value is (`accessToken`, `refresh_token`,
 * `x-uip`, `X-Auth-Token`, `client_secret`, `apiKey`), unless other words
 * make the key a description (`tokenTargets`, `token_type`,
 * "fetch API sends the token to", `urlsThatReceiveTheToken`). Values of
 * keys that only talk about secrets are judged on what they look like.
 */
export function isSecretKey(key: string): boolean {
  const words = keyWords(String(key));
  if (words.length === 0 || words.some(w => DESCRIBING_WORD.test(w))) {
    return false;
  }
  const last = words[words.length - 1];
  const before = words[words.length - 2] ?? '';
  return (
    SECRET_WORD.test(last) ||
    (last === 'key' && KEY_QUALIFIER.test(before)) ||
    (last === 'id' && before === 'session') ||
    (last === 'code' && CODE_QUALIFIER.test(before))
  );
}

function isDottedToken(run: string): boolean {
  const parts = run.split('.');
  for (let i = 0; i + 2 < parts.length; i++) {
    if (parts[i].length >= 16 && parts[i + 1].length >= 16) return true;
  }
  return false;
}

// Values of secret-named keys. A key that only talks about a secret leaves
// its value to the other patterns, which still see it.
function redactAssignments(text: string): string {
  let out = '';
  let copied = 0;
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m; m = ASSIGNMENT.exec(text)) {
    const [, key, sep] = m;
    // Authorization keeps its scheme ("Bearer [redacted]"): done before.
    if (
      !sep ||
      !SECRET_KEY_ENDING.test(key) ||
      /authorization$/i.test(key) ||
      !isSecretKey(key)
    ) {
      continue;
    }
    ASSIGNED_VALUE.lastIndex = ASSIGNMENT.lastIndex;
    const value = ASSIGNED_VALUE.exec(text)?.[0];
    if (!value || PROSE_WORD.test(value)) continue;
    // A quote after a key that no quote opened is prose when the value is
    // bare (`"Missing credentials": The request…`), a cut JSON pair when it
    // is quoted (`x-uip": "…`).
    const closing = /^\\?["']/.exec(sep)?.[0];
    if (
      closing &&
      text.slice(m.index - closing.length, m.index) !== closing &&
      !/^\\?["']/.test(value)
    ) {
      continue;
    }
    const open = /^\\?["']/.exec(value)?.[0] ?? '';
    const close =
      open && value.length > open.length && value.endsWith(open) ? open : '';
    out += `${text.slice(copied, ASSIGNMENT.lastIndex)}${open}${REDACTED}${close}`;
    copied = ASSIGNMENT.lastIndex + value.length;
    ASSIGNMENT.lastIndex = copied;
  }
  return out + text.slice(copied);
}

/**
 * Replaces everything in `text` that looks like a secret: credentials in
 * URLs, `Authorization`, bearer and basic credentials, JWTs, prefixed
 * tokens (GitLab, GitHub, Google, AWS, Slack), values of secret-named keys,
 * opaque runs of letters and digits and long runs of base64 or hex. First,
 * every occurrence of the given known secrets (the session token, each of
 * its parts, its `uip`).
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
    .replace(URL_USERINFO, (_m, scheme: string) => `${scheme}${REDACTED}@`)
    .replace(
      AUTHORIZATION,
      (
        match,
        key: string,
        sep: string,
        scheme: string | undefined,
        space: string | undefined,
        credential: string,
      ) =>
        !scheme && PROSE_WORD.test(credential)
          ? match
          : `${key}${sep}${scheme ? `${scheme}${space}` : ''}${REDACTED}`,
    )
    .replace(
      BEARER,
      (
        match,
        scheme: string,
        sep: string,
        quote: string,
        credential: string,
      ) =>
        !quote && PROSE_WORD.test(credential)
          ? match
          : `${scheme}${sep}${quote}${REDACTED}`,
    )
    .replace(
      BASIC,
      (_m, scheme: string, space: string) => `${scheme}${space}${REDACTED}`,
    )
    .replace(JWT, (_m, before: string) => `${before}[redacted JWT]`)
    .replace(DOTTED_RUN, run => (isDottedToken(run) ? '[redacted JWT]' : run))
    .replace(PREFIXED, (_m, before: string) => `${before}${REDACTED}`);
  out = redactAssignments(out)
    .replace(OPAQUE, (match, before: string, run: string) =>
      /\d/.test(run) && /[A-Za-z]/.test(run) ? `${before}${REDACTED}` : match,
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
 */
export function redactString(
  text: string,
  knownSecrets: readonly string[] = [],
): string {
  return clip(redactText(text, knownSecrets));
}
