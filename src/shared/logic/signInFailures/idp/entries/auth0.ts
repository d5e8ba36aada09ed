import type { IdpCatalogEntry, IdpSource } from '../types';

// Auth0's own words. Cause, fix and causes: idpCatalogMessages.ts under
// each entry's id.

const AUTH0_ACCESS_DENIED: IdpSource = {
  title: 'Troubleshooting the "access_denied" Error',
  url: 'https://support.auth0.com/center/s/article/troubleshooting-the-access-denied-error',
};

export const AUTH0: IdpCatalogEntry[] = [
  {
    id: 'auth0CallbackMismatch',
    idp: 'auth0',
    quote:
      'Callback URL mismatch. … is not in the list of allowed callback URLs.',
    match: /Callback URL mismatch|is not in the list of allowed callback URLs/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: {
      title:
        'Callback URL Mismatch Error: "{URL} Is Not in the List of Allowed Callback URLs"',
      url: 'https://support.auth0.com/center/s/article/Callback-URL-Mismatch-Error-Is-Not-in-the-List-of-Allowed-Callback-URLs',
      note: 'The page heading "Callback URL mismatch." as users copied it (docs.mewrite.jp/errors/auth0-callback-error).',
    },
  },
  {
    id: 'auth0ServiceNotFound',
    idp: 'auth0',
    quote: 'access_denied: Service not found: …',
    match: /Service not found: /,
    family: 'access_denied',
    source: AUTH0_ACCESS_DENIED,
  },
  {
    id: 'auth0UserCanceled',
    idp: 'auth0',
    quote: 'access_denied: User has canceled the interaction.',
    match: /User has canceled the interaction/i,
    family: 'access_denied',
    warning: true,
    source: AUTH0_ACCESS_DENIED,
  },
];
