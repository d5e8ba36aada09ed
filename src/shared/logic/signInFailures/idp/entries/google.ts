import type { IdpCatalogEntry } from '../types';

// Google's own words. Cause, fix and causes: idpCatalogMessages.ts under
// each entry's id.

export const GOOGLE: IdpCatalogEntry[] = [
  {
    id: 'googleRedirectUriMismatch',
    idp: 'google',
    quote:
      "Error 400: redirect_uri_mismatch — You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy. If you're the app developer, register the redirect URI in the Google Cloud Console.",
    match:
      /Error 400: redirect_uri_mismatch|register the redirect URI in the Google Cloud Console/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: {
      title: 'Sign in with Google: Authorization Error (Google’s error page)',
      url: 'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors-redirect-uri-mismatch',
      note: "Google's page as served (captured at myget.org/Account/Challenge/google-v1 and developers.google.cn/oauth2authorize); the OAuth guide's error section was not in the search tool.",
    },
  },
  {
    id: 'googleInvalidRequest',
    idp: 'google',
    quote:
      "Access blocked: This app's request is invalid — Error 400: invalid_request",
    match:
      /Access blocked: This app.s request is invalid|Error 400: invalid_request/i,
    family: 'invalid_request',
    callbackUrl: true,
    causes: ['redirectUri', 'parameters'],
    source: {
      title: 'Access blocked: Authorization Error (Google’s error page)',
      url: 'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors',
      note: 'Page text as users copied it (github.com/sameerasw/tasks/issues/2, github.com/interaapps/pastefy/issues/53).',
    },
  },
  {
    id: 'googleOrgInternal',
    idp: 'google',
    quote:
      'Error 403: org_internal — This client is restricted to users within its organization.',
    match: /org_internal|restricted to users within its organization/i,
    family: 'access_denied',
    source: {
      title: 'Authorization Error (Google’s error page): org_internal',
      url: 'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors-org-internal',
      note: 'Page text as users copied it (github.com/cloudyr/googleCloudStorageR/issues/138, github.com/googlesamples/google-services/issues/404).',
    },
  },
  {
    id: 'googleAdminPolicyEnforced',
    idp: 'google',
    quote:
      'Error: admin_policy_enforced — Access to your account data is restricted by policies within your organization.',
    match:
      /admin_policy_enforced|restricted by policies within your organization/i,
    family: 'access_denied',
    source: {
      title: 'Authorization Error (Google’s error page): admin_policy_enforced',
      url: 'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors-admin-policy-enforced',
      note: 'Page text as a user copied it (github.com/google/clasp/issues/85).',
    },
  },
  {
    id: 'googleUnverifiedApp',
    idp: 'google',
    quote:
      '… has not completed the Google verification process. The app is currently being tested, and can only be accessed by developer-approved testers. — Error 403: access_denied',
    match:
      /has not completed the Google verification process|only be accessed by developer-approved testers|developer hasn.t given you access to this app/i,
    family: 'access_denied',
    source: {
      title:
        'Access blocked: … has not completed the Google verification process',
      url: 'https://developers.google.com/identity/protocols/oauth2/production-readiness/brand-verification#projects-used-in-dev-test-stage',
      note: 'Page text as users copied it (github.com/googleworkspace/cli/issues/281; older wording "The developer hasn’t given you access to this app": github.com/googlecodelabs/feedback/issues/975).',
    },
  },
  {
    id: 'googleClientNotFound',
    idp: 'google',
    quote: 'Error 401: invalid_client — The OAuth client was not found.',
    match: /The OAuth client was not found/i,
    family: 'invalid_client',
    causes: ['wrongClientId', 'notSubstituted', 'deleted'],
    source: {
      title: 'Authorization Error (Google’s error page): invalid_client',
      url: 'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors-invalid-client',
      note: 'Page and token answer as users copied them (github.com/compserv/hknweb/issues/306, github.com/erebusnz/gapi-google-analytics-php-interface/issues/149).',
    },
  },
];
