import type { IdpCatalogEntry, IdpSource } from '../types';

// Amazon Cognito's own words. Cause, fix and causes: idpCatalogMessages.ts under
// each entry's id.

const COGNITO_AUTHORIZE: IdpSource = {
  title: 'The redirect and authorization endpoint - Amazon Cognito',
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html',
};

export const COGNITO: IdpCatalogEntry[] = [
  {
    id: 'cognitoRedirectMismatch',
    idp: 'cognito',
    quote: 'error=redirect_mismatch',
    match: /\bredirect_mismatch\b/,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: {
      ...COGNITO_AUTHORIZE,
      note: "The excerpt the search tool returned shows the endpoint's parameters, not its error table; the code as Cognito's hosted page puts it in its address (pastebin.com/Tb0v6Mf4).",
    },
  },
  {
    id: 'cognitoInvalidClient',
    idp: 'cognito',
    quote:
      "invalid_client: Client authentication failed. For example, when the client includes client_id and client_secret in the authorization header, but there's no such client with that client_id and client_secret.",
    // Cognito sends the bare code: only its host in the same text names it.
    match:
      /amazoncognito\.com[\s\S]*\binvalid_client\b|\binvalid_client\b[\s\S]*amazoncognito\.com/,
    family: 'invalid_client',
    causes: ['basicHeader', 'wrongSecret', 'noSecret'],
    source: {
      title: 'The token issuer endpoint - Amazon Cognito',
      url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html',
      note: "The explanation is the page's, as quoted by AWS (repost.aws/questions/QUlrEPiyWKQYWvCp0sbUtBfg); the answer itself carries only the code.",
    },
  },
];
