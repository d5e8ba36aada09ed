import type { IdpCatalogEntry, IdpSource } from '../types';

// GitHub's own words. Cause, fix and causes: idpCatalogMessages.ts under
// each entry's id.

const GITHUB_AUTHORIZE: IdpSource = {
  title: 'Troubleshooting authorization request errors',
  url: 'https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-authorization-request-errors',
};
const GITHUB_TOKEN: IdpSource = {
  title: 'Troubleshooting OAuth app access token request errors',
  url: 'https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-oauth-app-access-token-request-errors',
};

export const GITHUB: IdpCatalogEntry[] = [
  {
    id: 'githubRedirectUriMismatch',
    idp: 'github',
    quote:
      'The redirect_uri MUST match the registered callback URL for this application.',
    match: /redirect_uri MUST match the registered callback URL/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: GITHUB_AUTHORIZE,
  },
  {
    id: 'githubIncorrectClientCredentials',
    idp: 'github',
    quote:
      'incorrect_client_credentials: The client_id and/or client_secret passed are incorrect.',
    match:
      /incorrect_client_credentials|client_id and\/or client_secret passed are incorrect/i,
    family: 'invalid_client',
    causes: ['wrongSecret', 'appMixup', 'notSubstituted'],
    source: GITHUB_TOKEN,
  },
  {
    id: 'githubBadVerificationCode',
    idp: 'github',
    quote: 'bad_verification_code: The code passed is incorrect or expired.',
    match: /bad_verification_code|The code passed is incorrect or expired/i,
    family: 'invalid_grant',
    causes: ['usedTwice', 'expired', 'otherInstance'],
    source: {
      ...GITHUB_TOKEN,
      note: "The error_description as GitHub sends it, with error_uri pointing to this page's #bad-verification-code (recorded in a test fixture of github.com/dagger/dagger, website/cypress/fixtures/bad_verification.code.json).",
    },
  },
  {
    id: 'githubApplicationSuspended',
    idp: 'github',
    quote:
      'application_suspended: Your application has been suspended. Contact support@github.com.',
    match: /application_suspended|Your application has been suspended/i,
    family: 'access_denied',
    source: GITHUB_AUTHORIZE,
  },
  {
    id: 'githubAccessDenied',
    idp: 'github',
    quote: 'The user has denied your application access.',
    match: /has denied your application access/i,
    family: 'access_denied',
    warning: true,
    source: {
      ...GITHUB_AUTHORIZE,
      note: 'Section "Access denied"; the excerpt the search tool returned ends before it, the description is as GitHub sends it (error_uri …#access-denied) and as several GitHub-compatible servers copy it.',
    },
  },
];
