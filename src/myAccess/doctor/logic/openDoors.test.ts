import { ResponseError } from '@backstage/errors';
import { ProxySignInRequiredError } from '../../../shared/providers/proxiedSession';
import { readAgentSignIn } from '../../logic';
import {
  discoveryDocument,
  discoveryDocumentWithoutAgents,
} from '../../../../test/msw/agentsHandlers';
import {
  agentsDoors,
  findOpenDoors,
  guestDoor,
  permissionsDoor,
  proxiedDoor,
  type OpenDoorsInput,
  type ProxiedDoorObservation,
} from './openDoors';

const AUTH = 'http://127.0.0.1:7007/api/auth';

/** The auth backend's error answer, as the refresh client throws it. */
async function backendError(status: number, name: string, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        request: {},
        response: { statusCode: status },
      }),
      { status, headers: { 'content-type': 'application/json' } },
    ),
  );
}

function observation(
  providerId: string,
  result: ProxiedDoorObservation['result'],
  providerTitle = providerId,
): ProxiedDoorObservation {
  return {
    providerId,
    providerTitle,
    result,
    requestUrl: `${AUTH}/${providerId}/refresh?env=development`,
    pageOrigin: 'http://127.0.0.1:3000',
    appBaseUrl: 'http://127.0.0.1:3000',
    authBaseUrl: AUTH,
    environment: 'development',
  };
}

const baseInput: OpenDoorsInput = {
  proxied: [],
  guest: { offered: true, signedIn: false },
  authEnvironment: 'development',
  appBuild: 'development',
  permissionEnabled: true,
};

describe('proxiedDoor', () => {
  // The oauth2-proxy module's resolvers answer "Request did not contain a
  // user" (plugin-auth-backend-module-oauth2-proxy-provider, resolvers).
  it('is a problem naming the headers when the oauth2-proxy module answered without the proxy', async () => {
    const error = await backendError(
      500,
      'Error',
      'Request did not contain a user',
    );
    const door = proxiedDoor(
      observation(
        'oauth2Proxy',
        { ok: false, error },
        'Dev proxy (oauth2-proxy)',
      ),
    );
    expect(door).toMatchObject({
      id: 'door:proxied:oauth2Proxy',
      severity: 'problem',
      title:
        'Anyone who can reach http://127.0.0.1:7007 can sign in as anyone: Dev proxy (oauth2-proxy) trusts headers that oauth2-proxy did not write',
    });
    expect(door?.detail).toContain(
      'X-Forwarded-User, X-Forwarded-Email, X-Forwarded-Preferred-Username, X-OAUTH2-PROXY-ID-TOKEN',
    );
    expect(door?.evidence).toContainEqual({
      label: 'Error message',
      value: 'Request did not contain a user',
    });
    expect(door?.detail).toContain('This page did not try');
    expect(door?.fix).toMatch(
      /^Let only oauth2-proxy reach Backstage: bind the backend/,
    );
    expect(door?.evidence).toEqual(
      expect.arrayContaining([
        {
          label: 'Request',
          value: `GET ${AUTH}/oauth2Proxy/refresh?env=development`,
        },
        { label: 'Header the backend looked for', value: 'x-forwarded-user' },
      ]),
    );
  });

  // The Easy Auth module decodes x-ms-token-aad-id-token with jose.decodeJwt
  // (plugin-auth-backend-module-azure-easyauth-provider, authenticator):
  // no signature is checked, so a request around App Service can forge it.
  it('is a problem for Azure Easy Auth too: its module does not verify the ID token it reads', async () => {
    const error = await backendError(
      401,
      'AuthenticationError',
      'Missing x-ms-token-aad-id-token header',
    );
    const door = proxiedDoor(
      observation('azureEasyAuth', { ok: false, error }),
    );
    expect(door?.severity).toBe('problem');
    expect(door?.detail).toContain('x-ms-token-aad-id-token');
  });

  it.each([
    ['gcpIap', 'Missing Google IAP header'],
    ['awsalb', 'Missing ALB OIDC header: x-amzn-oidc-data'],
    [
      'cfaccess',
      'Missing cf-access-jwt-assertion and CF_Authorization from Cloudflare Access',
    ],
  ])(
    'is information, not an open door, for %s: its module verifies signed headers',
    async (providerId, message) => {
      const error = await backendError(401, 'AuthenticationError', message);
      const door = proxiedDoor(observation(providerId, { ok: false, error }));
      expect(door).toMatchObject({
        id: `door:proxied:${providerId}`,
        severity: 'info',
      });
      expect(door?.title).toContain('cannot sign anyone in');
      expect(door?.fix).toBeUndefined();
    },
  );

  it('reports nothing when the refresh passed through the proxy or the proxy answered', () => {
    expect(
      proxiedDoor(
        observation('oauth2Proxy', {
          ok: true,
          userEntityRef: 'user:default/alice',
        }),
      ),
    ).toBeUndefined();
    expect(
      proxiedDoor(
        observation('oauth2Proxy', {
          ok: false,
          error: new ProxySignInRequiredError('redirected'),
        }),
      ),
    ).toBeUndefined();
    expect(
      proxiedDoor(
        observation('oauth2Proxy', {
          ok: false,
          error: new TypeError('Failed to fetch'),
        }),
      ),
    ).toBeUndefined();
  });

  it('could not tell for a provider the app marks proxied whose module it does not know, once the backend answered', async () => {
    const error = await backendError(
      401,
      'AuthenticationError',
      'No header from the corporate proxy',
    );
    const door = proxiedDoor(
      observation('corpProxy', { ok: false, error }, 'Corp proxy'),
    );
    expect(door).toMatchObject({
      id: 'door:proxied:corpProxy',
      severity: 'unknown',
    });
    expect(door?.evidence).toContainEqual({
      label: 'Error message',
      value: 'No header from the corporate proxy',
    });
    expect(
      proxiedDoor(
        observation('corpProxy', {
          ok: true,
          userEntityRef: 'user:default/alice',
        }),
      ),
    ).toBeUndefined();
    expect(
      proxiedDoor(
        observation('corpProxy', {
          ok: false,
          error: new ProxySignInRequiredError('redirected'),
        }),
      ),
    ).toBeUndefined();
  });
});

describe('guestDoor', () => {
  it('is a problem when a guest session exists although auth.environment is not development', () => {
    const door = guestDoor({
      ...baseInput,
      authEnvironment: 'production',
      guest: { offered: true, signedIn: true, user: 'user:development/guest' },
    });
    expect(door).toMatchObject({ id: 'door:guest', severity: 'problem' });
    expect(door?.title).toBe(
      'Anyone who opens the portal is signed in: guest sign-in works outside development',
    );
    expect(door?.detail).toContain('although auth.environment is production');
    expect(door?.detail).toContain('dangerouslyAllowOutsideDevelopment');
    expect(door?.evidence).toEqual([
      { label: 'Signed in with', value: 'guest (user:development/guest)' },
      { label: 'auth.environment', value: 'production' },
    ]);
  });

  it('is a problem when the app itself is a production build', () => {
    const door = guestDoor({
      ...baseInput,
      appBuild: 'production',
      guest: { offered: true, signedIn: true },
    });
    expect(door?.severity).toBe('problem');
    expect(door?.evidence).toContainEqual({
      label: 'This app’s build',
      value: 'production',
    });
  });

  it('is information in development: guest is fine there', () => {
    const door = guestDoor({
      ...baseInput,
      guest: { offered: true, signedIn: true },
    });
    expect(door).toMatchObject({
      id: 'door:guest',
      severity: 'info',
      title: 'Guest sign-in is on, in development',
    });
    expect(
      guestDoor({
        ...baseInput,
        authEnvironment: undefined,
        guest: { offered: true, signedIn: true },
      })?.severity,
    ).toBe('info');
  });

  it('could not tell outside development when guest is offered but this session is not a guest’s; says nothing otherwise', () => {
    expect(
      guestDoor({ ...baseInput, authEnvironment: 'production' }),
    ).toMatchObject({
      severity: 'unknown',
      title: 'Could not tell whether the backend lets guests in',
    });
    expect(guestDoor(baseInput)).toBeUndefined();
    expect(
      guestDoor({
        ...baseInput,
        authEnvironment: 'production',
        guest: { offered: false, signedIn: false },
      }),
    ).toBeUndefined();
  });
});

describe('permissionsDoor', () => {
  it('passes when permissions are on', () => {
    expect(permissionsDoor({ permissionEnabled: true })).toMatchObject({
      id: 'door:permissions',
      severity: 'ok',
      evidence: [{ label: 'permission.enabled', value: 'true' }],
    });
  });

  it('warns when permission.enabled is false or unset', () => {
    const off = permissionsDoor({ permissionEnabled: false });
    expect(off).toMatchObject({
      severity: 'warning',
      title: 'Permissions are off: every signed-in user may do everything',
    });
    expect(off.fix).toContain('permission.enabled: true');
    expect(permissionsDoor({})).toMatchObject({
      severity: 'warning',
      evidence: [{ label: 'permission.enabled', value: 'not set' }],
    });
  });
});

describe('agentsDoors', () => {
  const url = `${AUTH}/.well-known/openid-configuration`;

  it('is information for client ID metadata documents, as the dev backend advertises them', () => {
    const doors = agentsDoors({
      agents: { ok: true, signIn: readAgentSignIn(discoveryDocument()), url },
    });
    expect(doors).toHaveLength(1);
    expect(doors[0]).toMatchObject({
      id: 'door:agents:cimd',
      severity: 'info',
    });
    expect(doors[0].fix).toContain('allowedClientIdPatterns');
    expect(doors[0].evidence).toEqual([
      { label: 'Request', value: `GET ${url}` },
      { label: 'client_id_metadata_document_supported', value: 'true' },
    ]);
  });

  it('warns for dynamic client registration: any program can register', () => {
    const doors = agentsDoors({
      agents: {
        ok: true,
        signIn: readAgentSignIn(
          discoveryDocument({
            client_id_metadata_document_supported: false,
            registration_endpoint: `${AUTH}/v1/register`,
            grant_types_supported: ['authorization_code', 'refresh_token'],
          }),
        ),
      },
    });
    expect(doors).toHaveLength(1);
    expect(doors[0]).toMatchObject({
      id: 'door:agents:dcr',
      severity: 'warning',
    });
    expect(doors[0].detail).toContain(`${AUTH}/v1/register`);
    expect(doors[0].detail).toContain('refresh tokens');
  });

  it('passes when agents cannot register, and could not tell when the document was unreadable', () => {
    expect(
      agentsDoors({
        agents: {
          ok: true,
          signIn: readAgentSignIn(discoveryDocumentWithoutAgents()),
        },
      }),
    ).toEqual([expect.objectContaining({ id: 'door:agents', severity: 'ok' })]);
    expect(
      agentsDoors({ agents: { ok: false, message: 'HTTP 404 Not Found' } }),
    ).toEqual([
      expect.objectContaining({
        severity: 'unknown',
        detail:
          'Reading the auth backend’s discovery document failed: HTTP 404 Not Found.',
      }),
    ]);
    expect(agentsDoors({})).toEqual([]);
  });
});

describe('findOpenDoors', () => {
  it('on a healthy development stack: no problem and no warning', async () => {
    const doors = findOpenDoors({
      ...baseInput,
      guest: { offered: true, signedIn: true },
      agents: { ok: true, signIn: readAgentSignIn(discoveryDocument()) },
    });
    expect(doors.map(d => [d.id, d.severity])).toEqual([
      ['door:guest', 'info'],
      ['door:permissions', 'ok'],
      ['door:agents:cimd', 'info'],
    ]);
  });

  it('puts the impersonation path first', async () => {
    const error = await backendError(
      500,
      'Error',
      'Request did not contain a user',
    );
    const doors = findOpenDoors({
      ...baseInput,
      proxied: [observation('oauth2Proxy', { ok: false, error })],
    });
    expect(doors[0]).toMatchObject({
      id: 'door:proxied:oauth2Proxy',
      severity: 'problem',
    });
  });
});
