import type { IdpCatalogEntry } from '../types';

// PingOne's own words. Cause, fix and causes: idpCatalogMessages.ts under
// each entry's id.

export const PING: IdpCatalogEntry[] = [
  {
    id: 'pingOneValidation',
    idp: 'ping',
    quote:
      'The request could not be completed. One or more validation errors were in the request.',
    match: /One or more validation errors were in the request/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    causes: ['redirectUri', 'other'],
    source: {
      title: 'PingOne: Troubleshooting redirect URI mismatch errors',
      url: 'https://docs.pingidentity.com/pingone/pingone_tutorials/p1_troubleshooting_nodejs_express_app.html',
    },
  },
];
