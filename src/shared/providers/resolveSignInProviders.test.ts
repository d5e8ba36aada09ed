import {
  createApiRef,
  githubAuthApiRef,
  gitlabAuthApiRef,
  type ApiRef,
} from '@backstage/core-plugin-api';
import { builtInSignInProviders } from './builtInProviders';
import { providerCallbackUrl } from './callbackUrl';
import { resolveSignInProviders } from './resolveSignInProviders';
import type { SignInAuthApi } from './builtInProviders';

const oidcRef: ApiRef<SignInAuthApi> = createApiRef({ id: 'test.auth.oidc' });
const all = () => true;

describe('builtInSignInProviders', () => {
  it('covers every auth API ref Backstage ships, plus guest and the proxied providers', () => {
    expect(Object.keys(builtInSignInProviders).sort()).toEqual(
      [
        'atlassian',
        'bitbucket',
        'bitbucketServer',
        'github',
        'gitlab',
        'google',
        'guest',
        'microsoft',
        'okta',
        'onelogin',
        'openshift',
        'vmwareCloud',
        'oauth2Proxy',
        'gcpIap',
        'awsalb',
        'cfaccess',
        'azureEasyAuth',
      ].sort(),
    );
    const refs = Object.values(builtInSignInProviders).map(p => [
      p.id,
      p.apiRef?.id,
    ]);
    expect(refs).toContainEqual(['guest', undefined]);
    expect(
      Object.values(builtInSignInProviders)
        .filter(p => p.kind === 'oauth')
        .every(p => /^core\.auth\./.test(p.apiRef?.id ?? '')),
    ).toBe(true);
    expect(
      Object.values(builtInSignInProviders)
        .filter(p => p.kind === 'proxied')
        .map(p => [p.id, p.apiRef]),
    ).toEqual([
      ['oauth2Proxy', undefined],
      ['gcpIap', undefined],
      ['awsalb', undefined],
      ['cfaccess', undefined],
      ['azureEasyAuth', undefined],
    ]);
    expect(builtInSignInProviders.github.apiRef).toBe(githubAuthApiRef);
  });
});

describe('resolveSignInProviders', () => {
  it('resolves proxied providers by their known ids, with the proxy’s sign-out', () => {
    const { providers, invalidConfigEntries } = resolveSignInProviders({
      configured: ['oauth2Proxy', 'awsalb', { id: 'oidc', apiRef: 'x.oidc' }],
      hasApi: all,
    });
    expect(invalidConfigEntries).toEqual([]);
    expect(providers[0]).toEqual({
      id: 'oauth2Proxy',
      kind: 'proxied',
      title: 'OAuth2 Proxy',
      message: undefined,
      apiRef: undefined,
      icon: undefined,
      signOutUrl: '/oauth2/sign_out',
    });
    // The ALB has no sign-out address of its own.
    expect(providers[1]).toMatchObject({ id: 'awsalb', kind: 'proxied' });
    expect(providers[1].signOutUrl).toBeUndefined();
    expect(providers[2].kind).toBe('oauth');
    expect(providers.some(p => p.unavailable)).toBe(false);
  });

  it('makes any id proxied with `proxied: true`, from config or from code', () => {
    const headers = { 'X-Tenant': 'blue' };
    const { providers } = resolveSignInProviders({
      configured: [
        { id: 'corpProxy', title: 'Corporate SSO', proxied: true },
        { id: 'cfaccess', signOutUrl: 'https://team.example/logout' },
      ],
      provided: [
        { id: 'corpProxy', headers, signOutUrl: '/logout' },
        { id: 'edge', proxied: true },
      ],
      hasApi: () => false,
    });
    expect(providers).toEqual([
      expect.objectContaining({
        id: 'corpProxy',
        kind: 'proxied',
        title: 'Corporate SSO',
        headers,
        signOutUrl: '/logout',
      }),
      expect.objectContaining({
        id: 'cfaccess',
        kind: 'proxied',
        signOutUrl: 'https://team.example/logout',
      }),
      expect.objectContaining({ id: 'edge', kind: 'proxied' }),
    ]);
    expect(providers.some(p => p.unavailable)).toBe(false);
  });

  it('stays in the app after sign-out with `signOutUrl: false`', () => {
    const { providers } = resolveSignInProviders({
      configured: [{ id: 'oauth2Proxy', signOutUrl: false }],
      hasApi: all,
    });
    expect(providers[0].signOutUrl).toBeUndefined();
  });

  it('ignores proxied entries it cannot read', () => {
    const { providers, invalidConfigEntries } = resolveSignInProviders({
      configured: [
        { id: 'a', proxied: 'yes' },
        { id: 'b', proxied: true, apiRef: 'x.b' },
        { id: 'c', signOutUrl: 3 },
      ],
      hasApi: all,
    });
    expect(providers).toEqual([]);
    expect(invalidConfigEntries).toEqual([
      '{"id":"a","proxied":"yes"}',
      '{"id":"b","proxied":true,"apiRef":"x.b"}',
      '{"id":"c","signOutUrl":3}',
    ]);
  });

  it('resolves built-in ids with default titles and no message override', () => {
    const { providers, invalidConfigEntries } = resolveSignInProviders({
      configured: ['github', 'guest'],
      hasApi: all,
    });
    expect(providers).toEqual([
      {
        id: 'github',
        kind: 'oauth',
        title: 'GitHub',
        message: undefined,
        apiRef: githubAuthApiRef,
        icon: undefined,
      },
      {
        id: 'guest',
        kind: 'guest',
        title: 'Guest',
        message: undefined,
        apiRef: undefined,
        icon: undefined,
      },
    ]);
    expect(invalidConfigEntries).toEqual([]);
  });

  it('merges config and props: config order first, config wording wins, props add the API ref', () => {
    const icon = () => null;
    const { providers } = resolveSignInProviders({
      configured: [{ id: 'oidc', title: 'Local IdP', message: 'From config' }],
      provided: [
        { id: 'oidc', title: 'Ignored', apiRef: oidcRef, icon },
        'github',
      ],
      hasApi: all,
    });
    expect(providers.map(p => p.id)).toEqual(['oidc', 'github']);
    expect(providers[0]).toMatchObject({
      id: 'oidc',
      kind: 'oauth',
      title: 'Local IdP',
      message: 'From config',
      apiRef: oidcRef,
      icon,
    });
    expect(providers[0].unavailable).toBeUndefined();
  });

  it('takes a custom provider from config alone, its API ref named by id', () => {
    const asked: string[] = [];
    const { providers, invalidConfigEntries } = resolveSignInProviders({
      configured: [
        { id: 'keycloak', title: 'Keycloak', apiRef: 'internal.auth.keycloak' },
        { id: 'broken', apiRef: 'Not An Id!' },
        { id: 'numeric', apiRef: 7 },
      ],
      hasApi: ref => {
        asked.push(ref.id);
        return ref.id === 'internal.auth.keycloak';
      },
    });
    expect(providers).toHaveLength(1);
    expect(providers[0]).toMatchObject({
      id: 'keycloak',
      kind: 'oauth',
      title: 'Keycloak',
    });
    expect(providers[0].apiRef?.id).toBe('internal.auth.keycloak');
    expect(providers[0].unavailable).toBeUndefined();
    expect(asked).toEqual(['internal.auth.keycloak']);
    expect(invalidConfigEntries).toEqual([
      JSON.stringify({ id: 'broken', apiRef: 'Not An Id!' }),
      JSON.stringify({ id: 'numeric', apiRef: 7 }),
    ]);
  });

  it('prefers an API ref object given in code over the id in config', () => {
    const { providers } = resolveSignInProviders({
      configured: [{ id: 'oidc', apiRef: 'other.auth.ref' }],
      provided: [{ id: 'oidc', apiRef: oidcRef }],
      hasApi: all,
    });
    expect(providers[0].apiRef).toBe(oidcRef);
  });

  it('lets props override a built-in title and API ref', () => {
    const { providers } = resolveSignInProviders({
      provided: [{ id: 'github', title: 'GitHub Enterprise', apiRef: oidcRef }],
      hasApi: all,
    });
    expect(providers[0]).toMatchObject({
      title: 'GitHub Enterprise',
      apiRef: oidcRef,
    });
  });

  it('marks an unknown id without an API ref instead of throwing', () => {
    const { providers } = resolveSignInProviders({
      configured: ['corp-sso'],
      hasApi: all,
    });
    expect(providers).toEqual([
      expect.objectContaining({
        id: 'corp-sso',
        title: 'corp-sso',
        unavailable: 'unknownProvider',
      }),
    ]);
  });

  it('marks a provider whose API the app did not register', () => {
    const { providers } = resolveSignInProviders({
      configured: ['github', 'gitlab', 'guest'],
      hasApi: ref => ref !== gitlabAuthApiRef,
    });
    expect(providers.map(p => [p.id, p.unavailable])).toEqual([
      ['github', undefined],
      ['gitlab', 'missingApi'],
      ['guest', undefined],
    ]);
  });

  it('offers a repeated id once, later config entries refining it', () => {
    const { providers } = resolveSignInProviders({
      configured: ['github', { id: 'github', title: 'GH' }],
      provided: ['github'],
      hasApi: all,
    });
    expect(providers).toHaveLength(1);
    expect(providers[0].title).toBe('GH');
  });

  it('reports invalid config entries and keeps the valid ones', () => {
    const { providers, invalidConfigEntries } = resolveSignInProviders({
      configured: [
        'guest',
        42,
        { title: 'no id' },
        '  ',
        { id: 'x', title: 3 },
      ],
      hasApi: all,
    });
    expect(providers.map(p => p.id)).toEqual(['guest']);
    expect(invalidConfigEntries).toEqual([
      '42',
      '{"title":"no id"}',
      '"  "',
      '{"id":"x","title":3}',
    ]);
  });

  it('reports a config value that is not a list', () => {
    expect(
      resolveSignInProviders({ configured: 'github', hasApi: all })
        .invalidConfigEntries,
    ).toEqual(['"github"']);
  });

  it('offers nothing when neither config nor props name a provider', () => {
    expect(resolveSignInProviders({ hasApi: all })).toEqual({
      providers: [],
      invalidConfigEntries: [],
    });
  });
});

describe('providerCallbackUrl', () => {
  it('is the frame handler under the auth base URL, without env or trailing slash', () => {
    expect(providerCallbackUrl('http://127.0.0.1:7007/api/auth', 'oidc')).toBe(
      'http://127.0.0.1:7007/api/auth/oidc/handler/frame',
    );
    expect(
      providerCallbackUrl('https://bs.example.com/api/auth/', 'github'),
    ).toBe('https://bs.example.com/api/auth/github/handler/frame');
  });
});
