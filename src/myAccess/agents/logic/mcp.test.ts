import {
  backendBaseUrlOf,
  cliLoginCommand,
  mcpClientConfig,
  mcpServerState,
  type McpServerProbe,
} from './mcp';

const URL = 'http://127.0.0.1:7007/api/mcp-actions/v1';
const answered = (status: number): McpServerProbe => ({
  url: URL,
  outcome: { kind: 'response', status },
});

describe('mcpServerState', () => {
  it.each([
    [405, 'served'],
    [200, 'served'],
    [404, 'missing'],
    [401, 'refused'],
    [403, 'refused'],
    [500, 'failed'],
    [302, 'failed'],
  ])('reads %i as %s', (status, state) => {
    expect(mcpServerState(answered(status))).toBe(state);
  });

  it('reads no answer as no answer', () => {
    expect(
      mcpServerState({
        url: URL,
        outcome: { kind: 'networkError', message: 'Failed to fetch' },
      }),
    ).toBe('noAnswer');
  });
});

describe('backendBaseUrlOf', () => {
  it('strips /api/auth from the auth base URL', () => {
    expect(backendBaseUrlOf('http://127.0.0.1:7007/api/auth')).toBe(
      'http://127.0.0.1:7007',
    );
    expect(backendBaseUrlOf('https://backstage.example.com/api/auth/')).toBe(
      'https://backstage.example.com',
    );
  });

  it('gives nothing for an auth backend the CLI would not find', () => {
    expect(backendBaseUrlOf('https://auth.example.com/')).toBeUndefined();
  });
});

describe('cliLoginCommand', () => {
  it('passes the backend URL bare, or single-quoted when a shell would read it', () => {
    expect(cliLoginCommand('http://127.0.0.1:7007')).toBe(
      'backstage-cli auth login --backend-url http://127.0.0.1:7007',
    );
    expect(cliLoginCommand("https://x.example.com/a b'$(rm)")).toBe(
      `backstage-cli auth login --backend-url 'https://x.example.com/a b'\\''$(rm)'`,
    );
  });
});

describe('mcpClientConfig', () => {
  it('names each server, with no credentials when the client signs in itself', () => {
    expect(
      JSON.parse(
        mcpClientConfig(
          [{ url: URL }, { server: 'read-only', url: `${URL}/read-only` }],
          'oauth',
        ),
      ),
    ).toEqual({
      mcpServers: {
        backstage: { url: URL },
        'backstage-read-only': { url: `${URL}/read-only` },
      },
    });
  });

  it('sends a placeholder static token, never a real one, when agents cannot sign in', () => {
    expect(JSON.parse(mcpClientConfig([{ url: URL }], 'staticToken'))).toEqual({
      mcpServers: {
        backstage: {
          url: URL,
          headers: { Authorization: 'Bearer ${MCP_TOKEN}' },
        },
      },
    });
  });
});
