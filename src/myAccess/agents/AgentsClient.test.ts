import { http, HttpResponse } from 'msw';
import { mockApis } from '@backstage/test-utils';
import { TEST_BACKEND } from '../../../test/builders/tokens';
import {
  actionsHandler,
  authDiscoveryHandler,
  builtInActions,
  discoveryDocument,
  mcpHandler,
} from '../../../test/msw/agentsHandlers';
import { setupMswServer } from '../../../test/msw/server';
import { AgentsClient } from './AgentsClient';

const { server, requests } = setupMswServer();

function client(timeoutMs?: number) {
  return AgentsClient.create({
    discoveryApi: mockApis.discovery({ baseUrl: TEST_BACKEND }),
    fetchApi: {
      fetch: (input: RequestInfo | URL, init?: RequestInit) =>
        fetch(input, init),
    },
    timeoutMs,
  });
}

const seen = () => requests.map(r => `${r.method} ${r.url}`);

describe('AgentsClient', () => {
  it('reads the auth discovery document with one GET', async () => {
    server.use(authDiscoveryHandler(discoveryDocument()));
    await expect(client().getAuthDiscoveryDocument()).resolves.toMatchObject({
      client_id_metadata_document_supported: true,
    });
    expect(seen()).toEqual([
      `GET ${TEST_BACKEND}/api/auth/.well-known/openid-configuration`,
    ]);
  });

  it('rejects a discovery document that is missing or not JSON', async () => {
    server.use(authDiscoveryHandler('notFound'));
    await expect(client().getAuthDiscoveryDocument()).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
    });
    server.use(authDiscoveryHandler('notJson'));
    await expect(client().getAuthDiscoveryDocument()).rejects.toThrow(
      `GET ${TEST_BACKEND}/api/auth/.well-known/openid-configuration answered HTTP 200 with a body that is not JSON`,
    );
  });

  it('lists a plugin’s actions, riskiest first', async () => {
    server.use(
      actionsHandler('catalog', [
        builtInActions.queryCatalogEntities,
        builtInActions.unregisterEntity,
      ]),
    );
    const listing = await client().listActions('catalog');
    expect(listing).toMatchObject({ status: 'listed', pluginId: 'catalog' });
    expect(
      listing.status === 'listed' && listing.actions.map(a => a.id),
    ).toEqual(['catalog:unregister-entity', 'catalog:query-catalog-entities']);
    expect(seen()).toEqual([
      `GET ${TEST_BACKEND}/api/catalog/.backstage/actions/v1/actions`,
    ]);
  });

  it('answers not-found for a 404, and rejects a failure or an answer that is no list', async () => {
    server.use(actionsHandler('scaffolder', 'notFound'));
    await expect(client().listActions('scaffolder')).resolves.toEqual({
      status: 'not-found',
      pluginId: 'scaffolder',
    });
    server.use(actionsHandler('catalog', 'serverError'));
    await expect(client().listActions('catalog')).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 500,
    });
    server.use(actionsHandler('catalog', 'notAList'));
    await expect(client().listActions('catalog')).rejects.toMatchObject({
      name: 'UnreadableAnswerError',
      message: `GET ${TEST_BACKEND}/api/catalog/.backstage/actions/v1/actions: the answer has no "actions" list`,
    });
  });

  it('probes the MCP endpoint with an MCP ping, which a served endpoint answers 200 (never a 405 to a GET)', async () => {
    server.use(mcpHandler('served'), mcpHandler('notInstalled', 'ops'));
    await expect(client().probeMcpServer()).resolves.toEqual({
      url: `${TEST_BACKEND}/api/mcp-actions/v1`,
      outcome: { kind: 'response', status: 200 },
    });
    await expect(client().probeMcpServer('ops')).resolves.toMatchObject({
      server: 'ops',
      url: `${TEST_BACKEND}/api/mcp-actions/v1/ops`,
      outcome: { kind: 'response', status: 404 },
    });
    expect(seen()).toEqual([
      `POST ${TEST_BACKEND}/api/mcp-actions/v1`,
      `POST ${TEST_BACKEND}/api/mcp-actions/v1/ops`,
    ]);
  });

  it('keeps the backend’s message of a refused probe, and never rejects without an answer', async () => {
    server.use(mcpHandler('refused'));
    await expect(client().probeMcpServer()).resolves.toMatchObject({
      outcome: {
        kind: 'response',
        status: 401,
        errorName: 'AuthenticationError',
        errorMessage: 'Failed user token verification',
      },
    });
    server.use(mcpHandler('networkError'));
    await expect(client().probeMcpServer()).resolves.toMatchObject({
      outcome: { kind: 'networkError' },
    });
  });

  it('gives up on a probe after the timeout, as an outcome', async () => {
    server.use(
      http.post(`${TEST_BACKEND}/api/mcp-actions/v1`, async () => {
        await new Promise(resolve => setTimeout(resolve, 500));
        return HttpResponse.json({});
      }),
    );
    await expect(client(20).probeMcpServer()).resolves.toMatchObject({
      outcome: {
        kind: 'networkError',
        message: expect.stringMatching(/no answer within/),
      },
    });
  });
});
