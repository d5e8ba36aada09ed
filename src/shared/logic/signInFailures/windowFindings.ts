import type { FindingEvidence, FindingText } from '../../findings/logic';
import {
  defaultSignInText,
  signInFinding,
  type SignInFinding,
} from './findings';
import type { SignInFailure, SignInFailureContext } from './failure';

/**
 * Failures that happen inside the sign-in window, where the page cannot
 * look: the identity provider's own error page (which never redirects back)
 * or the browser's connection error. The page hears either nothing (the
 * window stays open) or "popup was closed", so it lists what the window most
 * likely showed, most likely first, and explains what the user pastes from it.
 */

/**
 * What this page found out about the window's way to the identity
 * provider, by following the same start address itself (without cookies):
 * `unreachable` when the auth backend answers but the address it sends the
 * window to does not. Unset when nothing was tried or it answered.
 */
export type SignInWindowReach = 'unreachable';

/** Why a sign-in window shows no answer, in the order they are listed. */
type WindowCause =
  | 'redirectUri'
  | 'idpUnreachable'
  | 'refused'
  | 'backendError'
  | 'waiting'
  | 'closedByUser';

function windowCauses(
  context: SignInFailureContext,
  last: WindowCause,
  text: FindingText,
): string[] {
  const params = {
    provider: context.providerTitle,
    callbackUrl: context.callbackUrl ?? '',
  };
  const seenUnreachable = context.windowReach === 'unreachable';
  const order: WindowCause[] = seenUnreachable
    ? ['idpUnreachable', 'redirectUri', 'refused', 'backendError', last]
    : ['redirectUri', 'idpUnreachable', 'refused', 'backendError', last];
  const say: Record<WindowCause, () => string> = {
    redirectUri: () =>
      context.callbackUrl
        ? text('noAnswerCauses.redirectUri', params)
        : text('noAnswerCauses.redirectUriUnknown', params),
    idpUnreachable: () =>
      seenUnreachable
        ? text('noAnswerCauses.idpUnreachableSeen', params)
        : text('noAnswerCauses.idpUnreachable', params),
    refused: () => text('noAnswerCauses.refused', params),
    backendError: () => text('noAnswerCauses.backendError', params),
    waiting: () => text('noAnswerCauses.waiting', params),
    closedByUser: () => text('noAnswerCauses.closedByUser', params),
  };
  return order.map(cause => say[cause]());
}

/**
 * The finding shown while a sign-in window stays open without an answer. The
 * page cannot see into the window, so it lists the likely causes, most likely
 * first, instead of asserting one: the callback URL the identity provider
 * does not know (with the exact URL), the identity provider out of reach
 * (first when this page could not reach it either), a refusal by its policy
 * or consent page, an error of the backend, and a page still waiting.
 */
export function noAnswerFinding(
  context: SignInFailureContext,
  seconds: number,
  text: FindingText = defaultSignInText,
): SignInFinding {
  const params = { provider: context.providerTitle, count: seconds };
  return {
    ...signInFinding(text, 'noAnswer', 'warning', params),
    causes: windowCauses(context, 'waiting', text),
  };
}

/**
 * "Login failed, popup was closed": the window closed before the backend
 * answered. The same causes as an unanswered window, the last one being that
 * it was closed on purpose.
 */
export function popupClosedFinding(
  context: SignInFailureContext,
  text: FindingText = defaultSignInText,
): SignInFinding {
  return {
    ...signInFinding(text, 'popupClosed', 'warning', {
      provider: context.providerTitle,
    }),
    causes: windowCauses(context, 'closedByUser', text),
  };
}

/**
 * A text only the sign-in window shows, which no other rule reads:
 * - `unreachable`: the browser's own connection error page (Chromium's net
 *   error page — "<host> refused to connect." and its `ERR_…` code from
 *   net/base/net_error_list.h —, Firefox's netError page "Firefox can’t
 *   establish a connection to the server at <host>");
 * - `redirectUri`: oidc-provider's error page for an unregistered redirect
 *   URI (lib/helpers/errors.js `InvalidRedirectUri`: error
 *   `invalid_redirect_uri`, "redirect_uri did not match any of the client's
 *   registered redirect_uris"), which it shows instead of redirecting back.
 */
export type SignInWindowPage =
  | {
      kind: 'unreachable';
      code?: string;
      host?: string;
      /** The error page's own sentence, with its code: what is quoted. */
      said: string;
    }
  | { kind: 'redirectUri'; code: string };

// Chromium's net error codes of a request that got no HTTP answer.
const NET_ERROR =
  /\b(ERR_(?:CONNECTION_(?:REFUSED|RESET|CLOSED|TIMED_OUT|FAILED)|NAME_NOT_RESOLVED|ADDRESS_UNREACHABLE|EMPTY_RESPONSE|TIMED_OUT|INTERNET_DISCONNECTED|NETWORK_CHANGED|PROXY_CONNECTION_FAILED|TUNNEL_CONNECTION_FAILED)|DNS_PROBE_FINISHED_NXDOMAIN)\b/;
// The host the error page names, in Chromium's and Firefox's words.
const HOST_PHRASES = [
  /([\w.:[\]-]+) refused to connect/,
  /([\w.:[\]-]+?)[’']s server IP address could not be found/,
  /([\w.:[\]-]+) took too long to respond/,
  /([\w.:[\]-]+) unexpectedly closed the connection/,
  /([\w.:[\]-]+) didn[’']t send any data/,
  /can[’']t establish a connection to the server at ([\w.:[\]-]+)/,
  /can[’']t connect to the server at ([\w.:[\]-]+)/,
];
const FIREFOX_UNREACHABLE =
  /can[’']t (?:establish a connection|connect) to the server at/;
const OIDC_PROVIDER_REDIRECT_URI =
  /\binvalid_redirect_uri\b|redirect_uri did not match any of the client's registered redirect_uris/;

/** Reads a text from the sign-in window that only the window shows. */
export function readSignInWindowPage(
  message: string,
): SignInWindowPage | undefined {
  if (OIDC_PROVIDER_REDIRECT_URI.test(message)) {
    return { kind: 'redirectUri', code: 'invalid_redirect_uri' };
  }
  const code = NET_ERROR.exec(message)?.[1];
  if (!code && !FIREFOX_UNREACHABLE.test(message)) return undefined;
  const phrase = HOST_PHRASES.map(re => re.exec(message)).find(Boolean);
  const host = phrase?.[1].replace(/[.,;]+$/, '');
  const said = [phrase?.[0], code].filter(Boolean).join(' … ');
  return {
    kind: 'unreachable',
    ...(code && { code }),
    ...(host && { host }),
    said,
  };
}

function hostnameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Explains a text only the sign-in window shows (see
 * {@link readSignInWindowPage}). A connection error names a host: the
 * identity provider's when it is not the auth backend's host, or when the
 * backend answers while its start address does not lead anywhere; otherwise
 * the page cannot tell the two apart and says both.
 */
export function signInWindowPageFinding(
  page: SignInWindowPage,
  failure: SignInFailure,
  context: SignInFailureContext,
  text: FindingText = defaultSignInText,
): SignInFinding {
  const ev = (key: string, value: string | undefined): FindingEvidence[] =>
    value ? [{ label: text(`evidence.${key}`), value }] : [];
  const params = {
    provider: context.providerTitle,
    providerId: context.providerId,
    environment: context.environment || 'development',
    callbackUrl:
      context.callbackUrl ||
      `<backend.baseUrl>/api/auth/${context.providerId || '<provider id>'}/handler/frame`,
    authBaseUrl: context.authBaseUrl ?? '',
  };
  if (page.kind === 'redirectUri') {
    return signInFinding(
      text,
      'idpRedirectUriMismatch',
      'problem',
      { ...params, idpError: page.code },
      [
        ...ev('idpError', page.code),
        ...ev('callbackUrl', context.callbackUrl),
        ...ev('provider', context.providerId),
      ],
    );
  }
  const host = page.host || text('signInWindow.unreachableHost');
  const backendHost = hostnameOf(context.authBaseUrl);
  const named = hostnameOf(`http://${page.host}`) ?? page.host;
  const idp =
    context.windowReach === 'unreachable' ||
    (!!named && !!backendHost && named !== backendHost);
  const evidence = [
    ...ev('browserError', page.code),
    ...ev('unreachableHost', page.host),
    ...ev('authBaseUrl', context.authBaseUrl),
    ...ev('provider', context.providerId),
  ];
  return signInFinding(
    text,
    idp ? 'windowIdpUnreachable' : 'windowUnreachable',
    'problem',
    { ...params, host, message: page.said || failure.message || '' },
    evidence,
  );
}
