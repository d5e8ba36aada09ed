/**
 * How agents can sign in as the user, read from the auth backend's
 * `/.well-known/openid-configuration`. Each flag is what the document
 * advertises, never a guess:
 * - `clientIdMetadataDocuments`: `client_id_metadata_document_supported`
 *   (`auth.clientIdMetadataDocuments.enabled`, formerly
 *   `auth.experimentalClientIdMetadataDocuments`); what MCP clients and
 *   `backstage-cli auth login` use.
 * - `dynamicClientRegistration`: a `registration_endpoint`
 *   (`auth.experimentalDynamicClientRegistration`, removed in auth-backend 0.31).
 * - `staticClients`: a `revocation_endpoint` without either of those, which
 *   the auth backend advertises only for pre-registered clients
 *   (`auth.staticClients`). Beside CIMD or DCR the document cannot tell, so
 *   it stays false.
 * - `refreshTokens`: the `refresh_token` grant (`auth.experimentalRefreshToken`):
 *   an agent keeps access after the user's session ends.
 */
export type AgentSignIn = {
  clientIdMetadataDocuments: boolean;
  dynamicClientRegistration: boolean;
  staticClients: boolean;
  refreshTokens: boolean;
  authorizationEndpoint?: string;
  registrationEndpoint?: string;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * Reads the discovery document. Throws an Error that says what is wrong
 * when the body is not a discovery document (no object, no issuer).
 */
export function readAgentSignIn(document: unknown): AgentSignIn {
  if (!isRecord(document)) {
    throw new Error('the answer is not a JSON object');
  }
  if (!nonEmptyString(document.issuer)) {
    throw new Error('the answer has no "issuer": not a discovery document');
  }
  const registrationEndpoint = nonEmptyString(document.registration_endpoint);
  const authorizationEndpoint = nonEmptyString(document.authorization_endpoint);
  const clientIdMetadataDocuments =
    document.client_id_metadata_document_supported === true;
  const dynamicClientRegistration = Boolean(registrationEndpoint);
  const grants = Array.isArray(document.grant_types_supported)
    ? document.grant_types_supported
    : [];
  return {
    clientIdMetadataDocuments,
    dynamicClientRegistration,
    staticClients:
      Boolean(nonEmptyString(document.revocation_endpoint)) &&
      !clientIdMetadataDocuments &&
      !dynamicClientRegistration,
    refreshTokens: grants.includes('refresh_token'),
    ...(authorizationEndpoint && { authorizationEndpoint }),
    ...(registrationEndpoint && { registrationEndpoint }),
  };
}

/** Whether any way for an agent to sign in as the user is advertised. */
export function agentsCanSignIn(signIn: AgentSignIn): boolean {
  return (
    signIn.clientIdMetadataDocuments ||
    signIn.dynamicClientRegistration ||
    signIn.staticClients
  );
}
