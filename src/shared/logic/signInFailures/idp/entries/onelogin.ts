import type { IdpCatalogEntry, IdpSource } from '../types';

// OneLogin's own words. Cause, fix and causes: idpCatalogMessages.ts under
// each entry's id.

const ONELOGIN_SAMPLE: IdpSource = {
  title: 'onelogin/onelogin-oidc-node issue 17: Implicit Flow not working?',
  url: 'https://github.com/onelogin/onelogin-oidc-node/issues/17',
  note: "OneLogin's own sample repository, where its answers are quoted; its developer documentation held no error text in the search tool. The words are node-oidc-provider's, which OneLogin's OIDC server writes (the current release says \"any of the client's\": node_modules/oidc-provider/lib/helpers/errors.js), so they do not name OneLogin.",
};

export const ONELOGIN: IdpCatalogEntry[] = [
  {
    id: 'oneloginRedirectUriMismatch',
    idp: 'onelogin',
    quote:
      "redirect_uri_mismatch: redirect_uri did not match any client's registered redirect_uris",
    match:
      /redirect_uri did not match any (?:of the )?client.s registered redirect_uris/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    shared: true,
    source: ONELOGIN_SAMPLE,
  },
  {
    id: 'oneloginClientInvalid',
    idp: 'onelogin',
    quote: 'invalid_client: client is invalid',
    match: /\bclient is invalid\b/i,
    family: 'invalid_client',
    shared: true,
    causes: ['otherClientId', 'wrongSecret', 'notSubstituted'],
    source: ONELOGIN_SAMPLE,
  },
];
