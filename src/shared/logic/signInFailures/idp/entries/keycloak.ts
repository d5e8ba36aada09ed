import type { IdpCatalogEntry, IdpSource } from '../types';

// Keycloak's own words. Cause, fix and causes: idpCatalogMessages.ts under
// each entry's id.

const KEYCLOAK_MESSAGES: IdpSource = {
  title: 'Keycloak login theme messages (English)',
  repo: 'keycloak/keycloak',
  path: 'themes/src/main/resources/theme/base/login/messages/messages_en.properties',
};

export const KEYCLOAK: IdpCatalogEntry[] = [
  {
    id: 'keycloakInvalidRedirectUri',
    idp: 'keycloak',
    quote: 'Invalid parameter: redirect_uri',
    match: /Invalid parameter: redirect_uri/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: {
      ...KEYCLOAK_MESSAGES,
      note: 'invalidParameterMessage=Invalid parameter\\: {0}, with {0} = redirect_uri.',
    },
  },
  {
    id: 'keycloakClientNotFound',
    idp: 'keycloak',
    quote: 'Client not found.',
    match: /Client not found\./,
    family: 'invalid_client',
    causes: ['wrongClientId', 'wrongRealm'],
    source: { ...KEYCLOAK_MESSAGES, note: 'clientNotFoundMessage' },
  },
  {
    id: 'keycloakClientDisabled',
    idp: 'keycloak',
    quote: 'Client disabled.',
    match: /Client disabled\./,
    family: 'unauthorized_client',
    source: { ...KEYCLOAK_MESSAGES, note: 'clientDisabledMessage' },
  },
  {
    id: 'keycloakStandardFlowDisabled',
    idp: 'keycloak',
    quote:
      'Client is not allowed to initiate browser login with given response_type. Standard flow is disabled for the client.',
    match: /Standard flow is disabled for the client/i,
    family: 'unauthorized_client',
    source: { ...KEYCLOAK_MESSAGES, note: 'standardFlowDisabledMessage' },
  },
  {
    id: 'keycloakBearerOnly',
    idp: 'keycloak',
    quote: 'Bearer-only applications are not allowed to initiate browser login',
    match:
      /Bearer-only applications are not allowed to initiate browser login/i,
    family: 'unauthorized_client',
    source: { ...KEYCLOAK_MESSAGES, note: 'bearerOnlyMessage' },
  },
  {
    id: 'keycloakInvalidClientCredentials',
    idp: 'keycloak',
    quote:
      '{"error":"unauthorized_client","error_description":"Invalid client or Invalid client credentials"}',
    match: /Invalid client or Invalid client credentials/i,
    family: 'invalid_client',
    causes: ['wrongSecret', 'noSecret', 'authenticator'],
    source: {
      title: 'Keycloak client authenticator: client id and secret',
      repo: 'keycloak/keycloak',
      path: 'services/src/main/java/org/keycloak/authentication/authenticators/client/ClientIdAndSecretAuthenticator.java',
      note: 'Sent with HTTP 401 and the code unauthorized_client for a missing, wrong or expired secret (older releases sent invalid_client).',
    },
  },
  {
    id: 'keycloakCookieNotFound',
    idp: 'keycloak',
    quote:
      'Cookie not found. Please make sure cookies are enabled in your browser.',
    match: /Cookie not found\. Please make sure cookies are enabled/i,
    family: 'invalid_request',
    causes: ['staleTab', 'blocked', 'hostname'],
    source: { ...KEYCLOAK_MESSAGES, note: 'cookieNotFoundMessage' },
  },
];
