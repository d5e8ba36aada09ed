import type { IdpCatalogEntry, IdpSource } from '../types';

// GitLab's own words. Cause, fix and causes: idpCatalogMessages.ts under
// each entry's id.

const GITLAB_OAUTH: IdpSource = {
  title: 'Doorkeeper (the OAuth server inside GitLab): English error messages',
  repo: 'doorkeeper-gem/doorkeeper',
  path: 'config/locales/en.yml',
};
const GITLAB_PAGE =
  "GitLab's page as users copied it (github.com/nextauthjs/next-auth/issues/1769, github.com/PostHog/posthog/issues/4049). GitLab's OAuth provider (docs.gitlab.com/integration/oauth_provider) is Doorkeeper, and other Doorkeeper servers (Mastodon…) write the same words, so they do not name GitLab.";

export const GITLAB: IdpCatalogEntry[] = [
  {
    id: 'gitlabRedirectUriInvalid',
    idp: 'gitlab',
    quote: 'The redirect URI included is not valid.',
    match:
      /redirect URI included is not valid|requested redirect uri is malformed or doesn.t match client redirect URI/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    shared: true,
    source: {
      ...GITLAB_OAUTH,
      note: `Older Doorkeeper releases; the current locale says "The requested redirect uri is malformed or doesn't match client redirect URI." ${GITLAB_PAGE}`,
    },
  },
  {
    id: 'gitlabInvalidClient',
    idp: 'gitlab',
    quote:
      'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
    match: /Client authentication failed due to unknown client/i,
    family: 'invalid_client',
    causes: ['wrongSecret', 'wrongClientId', 'otherInstance'],
    shared: true,
    source: {
      ...GITLAB_OAUTH,
      note: `errors.messages.invalid_client. ${GITLAB_PAGE}`,
    },
  },
];
