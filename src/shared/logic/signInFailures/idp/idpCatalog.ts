import type { IdpCatalogEntry } from './types';
import { AUTH0 } from './entries/auth0';
import { BITBUCKET } from './entries/bitbucket';
import { COGNITO } from './entries/cognito';
import { ENTRA } from './entries/entraId';
import { GITHUB } from './entries/github';
import { GITLAB } from './entries/gitlab';
import { GOOGLE } from './entries/google';
import { KEYCLOAK } from './entries/keycloak';
import { OKTA } from './entries/okta';
import { ONELOGIN } from './entries/onelogin';
import { PING } from './entries/ping';

// Each entry quotes the IdP as it writes the text and names where it was
// read, one file per IdP under entries/. The messages (cause, fix, causes)
// are in src/shared/translations/idpCatalogMessages.ts under the entry's id.

/**
 * The IdPs' own words that a Backstage sign-in meets, most specific first:
 * the first entry whose `match` finds its text wins.
 */
export const IDP_CATALOG: readonly IdpCatalogEntry[] = [
  ...ENTRA,
  ...OKTA,
  ...GOOGLE,
  ...GITHUB,
  ...GITLAB,
  ...KEYCLOAK,
  ...AUTH0,
  ...COGNITO,
  ...BITBUCKET,
  ...ONELOGIN,
  ...PING,
];
