import {
  configFinding,
  countActions,
  failedListing,
  mcpFinding,
  mcpUnresolvedFinding,
  nothingInstalledFinding,
  pluginActionsFinding,
  signInFindings,
  type PluginActions,
} from './agentFindings';
import { ResponseError } from '@backstage/errors';
import { CallTimeoutError } from '../../../shared/logic/async';
import { UnreadableAnswerError, type AgentAction } from './actions';
import type { AgentSignIn } from '../../logic/agentSignIn';

const MCP = 'http://127.0.0.1:7007/api/mcp-actions/v1';

const signIn = (overrides: Partial<AgentSignIn> = {}): AgentSignIn => ({
  clientIdMetadataDocuments: false,
  dynamicClientRegistration: false,
  staticClients: false,
  refreshTokens: false,
  ...overrides,
});

const action = (name: string, destructive = false): AgentAction => ({
  id: `catalog:${name}`,
  name,
  title: name,
  description: '',
  pluginId: 'catalog',
  attributes: { destructive, readOnly: !destructive, idempotent: true },
});

describe('signInFindings', () => {
  it('says agents can sign in with client ID metadata documents, as information', () => {
    const [finding, ...rest] = signInFindings({
      ok: true,
      signIn: signIn({ clientIdMetadataDocuments: true }),
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: 'signInClientIdMetadataDocuments',
      severity: 'info',
      title: 'Agents can sign in as you: client ID metadata documents',
    });
    expect(finding.detail).toMatch(/ends when its token expires/);
  });

  it('names every way advertised, and says when refresh tokens outlive the session', () => {
    const findings = signInFindings({
      ok: true,
      signIn: signIn({
        clientIdMetadataDocuments: true,
        dynamicClientRegistration: true,
        registrationEndpoint: 'http://x/api/auth/v1/register',
        refreshTokens: true,
      }),
    });
    expect(findings.map(f => f.id)).toEqual([
      'signInClientIdMetadataDocuments',
      'signInDynamicClientRegistration',
    ]);
    expect(findings[1].detail).toMatch(/http:\/\/x\/api\/auth\/v1\/register/);
    expect(findings[1].detail).toMatch(/after your browser session ends/);
  });

  it('says plainly that agents cannot sign in when nothing is advertised', () => {
    expect(signInFindings({ ok: true, signIn: signIn() })).toEqual([
      expect.objectContaining({
        id: 'signInNone',
        severity: 'info',
        title: 'Agents cannot sign in as you',
      }),
    ]);
  });

  it('could not tell when the document was unreadable, with why', () => {
    const [finding] = signInFindings({
      ok: false,
      message: 'HTTP 404 Not Found',
    });
    expect(finding).toMatchObject({
      severity: 'unknown',
      title: 'Could not tell whether agents can sign in as you',
    });
    expect(finding.detail).toMatch(/HTTP 404 Not Found/);
  });
});

describe('mcpFinding', () => {
  const response = (status: number, server?: string) => ({
    ...(server && { server }),
    url: server ? `${MCP}/${server}` : MCP,
    outcome: {
      kind: 'response' as const,
      status,
      errorName: 'AuthenticationError',
      errorMessage: 'Failed user token verification',
    },
  });

  it('shows a served endpoint with its URL, as information', () => {
    expect(mcpFinding(response(405))).toMatchObject({
      id: 'mcp',
      severity: 'info',
      title: `MCP server: ${MCP}`,
    });
    expect(mcpFinding(response(405, 'read-only'))).toMatchObject({
      id: 'mcp:read-only',
      severity: 'info',
      title: `MCP server read-only: ${MCP}/read-only`,
    });
  });

  it('takes a missing MCP actions backend as information, a configured server that is missing as a warning', () => {
    expect(mcpFinding(response(404))).toMatchObject({
      severity: 'info',
      title: 'No MCP server: the MCP actions backend is not installed',
    });
    expect(mcpFinding(response(404, 'ops'))).toMatchObject({
      severity: 'warning',
      title: 'No MCP server named ops',
      fix: expect.stringMatching(/accessInspector\.agents\.mcpServers/),
    });
  });

  it('warns of a refused token with the backend’s message and evidence', () => {
    const finding = mcpFinding(response(401));
    expect(finding).toMatchObject({
      severity: 'warning',
      title: 'The MCP server refused this page’s token (401)',
    });
    expect(finding.detail).toMatch(/Failed user token verification/);
    expect(finding.evidence).toEqual([
      { label: 'Request', value: `GET ${MCP}` },
      { label: 'Status', value: '401' },
      { label: 'Error', value: 'AuthenticationError' },
    ]);
    expect(mcpFinding(response(502)).title).toBe(
      'The MCP endpoint answered 502',
    );
  });

  it('could not tell without an answer, or without a URL', () => {
    expect(
      mcpFinding({
        url: MCP,
        outcome: { kind: 'networkError', message: 'Failed to fetch' },
      }).severity,
    ).toBe('unknown');
    expect(mcpUnresolvedFinding('no such plugin').severity).toBe('unknown');
  });
});

describe('failedListing and pluginActionsFinding', () => {
  it('shows nothing instead of a table with actions', () => {
    expect(
      pluginActionsFinding({
        pluginId: 'catalog',
        status: 'listed',
        actions: [action('get')],
      }),
    ).toBeUndefined();
  });

  it('takes a 404 and an empty list as information about that plugin', () => {
    expect(
      pluginActionsFinding({ pluginId: 'scaffolder', status: 'not-found' }),
    ).toMatchObject({
      id: 'actions:scaffolder',
      severity: 'info',
      title: 'scaffolder: no actions (not installed, or it registers none)',
    });
    expect(
      pluginActionsFinding({
        pluginId: 'catalog',
        status: 'listed',
        actions: [],
      }),
    ).toMatchObject({
      severity: 'info',
      title: 'catalog: no actions you can see',
    });
  });

  it('tells an HTTP failure, an unreadable answer and no answer apart', async () => {
    const http = failedListing(
      'catalog',
      await ResponseError.fromResponse(
        new Response(
          JSON.stringify({
            error: { name: 'Error', message: 'registry exploded' },
            response: { statusCode: 500 },
          }),
          {
            status: 500,
            statusText: 'Internal Server Error',
            headers: { 'content-type': 'application/json' },
          },
        ),
      ),
    );
    expect(pluginActionsFinding(http)).toMatchObject({
      severity: 'warning',
      title:
        'catalog: the actions list failed (HTTP 500 Internal Server Error)',
      detail: expect.stringMatching(/registry exploded/),
    });
    const unreadable = failedListing(
      'catalog',
      new UnreadableAnswerError('the answer has no "actions" list'),
    );
    expect(pluginActionsFinding(unreadable)).toMatchObject({
      severity: 'warning',
      title: 'catalog: the answer is not an actions list',
    });
    for (const error of [
      new TypeError('Failed to fetch'),
      new CallTimeoutError('GET x', 15_000),
    ]) {
      expect(
        pluginActionsFinding(failedListing('catalog', error)),
      ).toMatchObject({
        severity: 'unknown',
        title: 'catalog: could not tell, the actions list got no answer',
      });
    }
  });
});

describe('nothingInstalledFinding', () => {
  const missing = {
    url: MCP,
    outcome: { kind: 'response' as const, status: 404 },
  };
  const none: PluginActions[] = [
    { pluginId: 'auth', status: 'not-found' },
    { pluginId: 'catalog', status: 'listed', actions: [] },
  ];

  it('says so when no plugin lists an action and there is no MCP server', () => {
    expect(nothingInstalledFinding(none, missing)).toMatchObject({
      severity: 'info',
      title: 'Nothing for agents here: no actions and no MCP server',
      detail: expect.stringMatching(/\(auth, catalog\)/),
    });
  });

  it('says nothing when a plugin lists actions, a listing failed, or the MCP server answered', () => {
    expect(
      nothingInstalledFinding(
        [{ pluginId: 'catalog', status: 'listed', actions: [action('get')] }],
        missing,
      ),
    ).toBeUndefined();
    expect(
      nothingInstalledFinding(
        [
          ...none,
          { pluginId: 'x', status: 'failed', summary: 'HTTP 500', message: '' },
        ],
        missing,
      ),
    ).toBeUndefined();
    expect(
      nothingInstalledFinding(none, {
        url: MCP,
        outcome: { kind: 'response', status: 405 },
      }),
    ).toBeUndefined();
    expect(nothingInstalledFinding(none, undefined)).toBeUndefined();
  });
});

describe('countActions and configFinding', () => {
  it('counts actions, destructive ones and the plugins that list any', () => {
    expect(
      countActions([
        {
          pluginId: 'catalog',
          status: 'listed',
          actions: [action('get'), action('unregister', true)],
        },
        { pluginId: 'scaffolder', status: 'not-found' },
      ]),
    ).toEqual({ actions: 2, destructive: 1, plugins: ['catalog'] });
  });

  it('warns of a config key it could not use', () => {
    expect(
      configFinding({
        key: 'accessInspector.agents.plugins',
        message: 'not an id: "../x"',
      }),
    ).toMatchObject({
      id: 'config:accessInspector.agents.plugins',
      severity: 'warning',
      title: 'accessInspector.agents.plugins cannot be used',
    });
  });
});
