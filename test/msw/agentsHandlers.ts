import { http, HttpResponse } from 'msw';
import { TEST_BACKEND } from '../builders/tokens';
import { backstageError } from './handlers';

/** An action as `GET /.backstage/actions/v1/actions` lists it. */
export type WireAction = {
  id: string;
  name: string;
  title: string;
  description: string;
  pluginId: string;
  attributes: { destructive: boolean; readOnly: boolean; idempotent: boolean };
};

function wireAction(
  pluginId: string,
  name: string,
  title: string,
  description: string,
  attributes: WireAction['attributes'],
): WireAction {
  return {
    id: `${pluginId}:${name}`,
    name,
    title,
    description,
    pluginId,
    attributes,
  };
}

const READ = { destructive: false, readOnly: true, idempotent: true };

/** Actions the auth and catalog backends register, as the real stack lists them. */
export const builtInActions = {
  whoAmI: wireAction(
    'auth',
    'who-am-i',
    'Who Am I',
    'Returns the catalog entity and user info for the currently authenticated user. This action requires user credentials and cannot be used with service or unauthenticated credentials.',
    READ,
  ),
  queryCatalogEntities: wireAction(
    'catalog',
    'query-catalog-entities',
    'Query Catalog Entities',
    '\nQuery entities from the Backstage Software Catalog using predicate filters.\n\n## Catalog Model\n\nThe catalog contains entities of different kinds.\n',
    READ,
  ),
  unregisterEntity: wireAction(
    'catalog',
    'unregister-entity',
    'Unregister entity from the Catalog',
    'Unregisters a Location entity and all entities it owns from the Backstage catalog.',
    { destructive: true, readOnly: false, idempotent: true },
  ),
  registerEntity: wireAction(
    'catalog',
    'register-entity',
    'Register entity in the Catalog',
    'Registers one or more entities in the Backstage catalog by creating a Location entity that points to a remote catalog-info.yaml file.',
    { destructive: false, readOnly: false, idempotent: false },
  ),
};

/** The dev backend's discovery document: client ID metadata documents on. */
export function discoveryDocument(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const auth = `${TEST_BACKEND}/api/auth`;
  return {
    issuer: auth,
    token_endpoint: `${auth}/v1/token`,
    userinfo_endpoint: `${auth}/v1/userinfo`,
    jwks_uri: `${auth}/.well-known/jwks.json`,
    response_types_supported: ['code', 'id_token'],
    scopes_supported: ['openid'],
    token_endpoint_auth_methods_supported: ['none'],
    claims_supported: ['sub', 'ent'],
    grant_types_supported: ['authorization_code'],
    authorization_endpoint: `${auth}/v1/authorize`,
    code_challenge_methods_supported: ['S256'],
    revocation_endpoint: `${auth}/v1/revoke`,
    client_id_metadata_document_supported: true,
    ...overrides,
  };
}

/** A discovery document without any way for agents to sign in. */
export function discoveryDocumentWithoutAgents(): Record<string, unknown> {
  const document = discoveryDocument();
  delete document.client_id_metadata_document_supported;
  delete document.revocation_endpoint;
  return document;
}

/** `GET <auth>/.well-known/openid-configuration` answering `document`, or failing. */
export function authDiscoveryHandler(
  document: Record<string, unknown> | 'notFound' | 'notJson' | 'serverError',
) {
  return http.get(
    `${TEST_BACKEND}/api/auth/.well-known/openid-configuration`,
    () => {
      if (document === 'notFound')
        return new HttpResponse(null, { status: 404 });
      if (document === 'serverError')
        return backstageError(500, 'Error', 'database unavailable');
      if (document === 'notJson')
        return new HttpResponse('<html>proxy login</html>', {
          headers: { 'content-type': 'text/html' },
        });
      return HttpResponse.json(document);
    },
  );
}

/** `GET <plugin>/.backstage/actions/v1/actions` listing `actions`, or failing. */
export function actionsHandler(
  pluginId: string,
  actions:
    WireAction[] | 'notFound' | 'serverError' | 'networkError' | 'notAList',
) {
  return http.get(
    `${TEST_BACKEND}/api/${pluginId}/.backstage/actions/v1/actions`,
    () => {
      if (actions === 'notFound')
        return new HttpResponse(null, { status: 404 });
      if (actions === 'serverError')
        return backstageError(500, 'Error', 'registry exploded');
      if (actions === 'networkError') return HttpResponse.error();
      if (actions === 'notAList') return HttpResponse.json({ items: [] });
      return HttpResponse.json({ actions });
    },
  );
}

/**
 * `POST <mcp-actions>/v1[/server]` answering as the MCP actions backend's
 * stateless streamable HTTP transport does: an MCP ping gets its empty result
 * as an event stream; anything but a ping is not expected here.
 */
export function mcpHandler(
  behaviour: 'served' | 'notInstalled' | 'refused' | 'networkError',
  server?: string,
) {
  const url = `${TEST_BACKEND}/api/mcp-actions/v1${server ? `/${server}` : ''}`;
  return http.post(url, async ({ request }) => {
    switch (behaviour) {
      case 'served': {
        const body = (await request.json()) as {
          id?: unknown;
          method?: string;
        };
        const accept = request.headers.get('accept') ?? '';
        if (
          !accept.includes('application/json') ||
          !accept.includes('text/event-stream')
        )
          return new HttpResponse(null, { status: 406 });
        if (body.method !== 'ping')
          return new HttpResponse(null, { status: 400 });
        return new HttpResponse(
          `event: message\ndata: ${JSON.stringify({
            result: {},
            jsonrpc: '2.0',
            id: body.id,
          })}\n\n`,
          { status: 200, headers: { 'Content-Type': 'text/event-stream' } },
        );
      }
      case 'notInstalled':
        return new HttpResponse(null, { status: 404 });
      case 'refused':
        return backstageError(
          401,
          'AuthenticationError',
          'Failed user token verification',
        );
      default:
        return HttpResponse.error();
    }
  });
}

/**
 * The dev backend as the agents card sees it by default: client ID metadata
 * documents, the MCP server, auth's and the catalog's actions, no scaffolder
 * and no notifications.
 */
export function defaultAgentsHandlers() {
  return [
    authDiscoveryHandler(discoveryDocument()),
    mcpHandler('served'),
    actionsHandler('auth', [builtInActions.whoAmI]),
    actionsHandler('catalog', [
      builtInActions.queryCatalogEntities,
      builtInActions.unregisterEntity,
      builtInActions.registerEntity,
    ]),
    actionsHandler('scaffolder', 'notFound'),
    actionsHandler('notifications', 'notFound'),
  ];
}
