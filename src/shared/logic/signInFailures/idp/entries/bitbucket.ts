import type { IdpCatalogEntry } from '../types';

// Bitbucket's own words. Cause, fix and causes: idpCatalogMessages.ts under
// each entry's id.

export const BITBUCKET: IdpCatalogEntry[] = [
  {
    id: 'bitbucketInvalidRedirectUri',
    idp: 'bitbucket',
    quote:
      'Invalid redirect_uri — This integration is misconfigured. Contact the vendor for assistance.',
    match: /This integration is misconfigured\. Contact the vendor/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: {
      title: 'Use OAuth on Bitbucket Cloud',
      url: 'https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/',
      note: "The page as users copied it from Bitbucket (github.com/hickford/git-credential-oauth/issues/1, github.com/SonarSource/sonar-auth-bitbucket/issues/7); Atlassian's page itself was not in the search tool.",
    },
  },
  {
    id: 'bitbucketNoCallback',
    idp: 'bitbucket',
    quote: 'No callback uri defined for the OAuth client.',
    match: /No callback uri defined for the OAuth client/i,
    family: 'invalid_request',
    callbackUrl: true,
    source: {
      title: 'Use OAuth on Bitbucket Cloud',
      url: 'https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/',
      note: "The token endpoint's answer as quoted in github.com/composer/composer/pull/5335 and github.com/jonhadfield/soba/issues/50.",
    },
  },
];
