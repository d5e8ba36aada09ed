import {
  createApiRef,
  githubAuthApiRef,
  gitlabAuthApiRef,
  googleAuthApiRef,
  microsoftAuthApiRef,
  oktaAuthApiRef,
} from '@backstage/core-plugin-api';
import { encodeJwt } from '../../../test/builders/tokens';
import { offersIdToken, readProviderIdToken } from './providerIdToken';

const SIGNATURE = 'c2lnbmF0dXJlLW9mLXRoZS1pZHA';
const customRef = createApiRef<object>({ id: 'dev.auth.oidc' });

function oauth2Like(idToken: string | undefined) {
  return { getIdToken: jest.fn(async () => idToken) };
}

describe('offersIdToken', () => {
  it('trusts getIdToken for OIDC providers and custom refs', () => {
    for (const ref of [
      googleAuthApiRef,
      microsoftAuthApiRef,
      oktaAuthApiRef,
      customRef,
    ]) {
      expect(offersIdToken(oauth2Like('x'), ref)).toBe(true);
    }
    expect(offersIdToken(oauth2Like('x'), undefined)).toBe(true);
  });

  it('does not trust the getIdToken core’s OAuth-only providers carry at run time', () => {
    expect(offersIdToken(oauth2Like('x'), githubAuthApiRef)).toBe(false);
    expect(offersIdToken(oauth2Like('x'), gitlabAuthApiRef)).toBe(false);
  });

  it('says no for an API without getIdToken, or none at all', () => {
    expect(offersIdToken({ getProfile: () => undefined }, customRef)).toBe(
      false,
    );
    expect(offersIdToken(undefined, customRef)).toBe(false);
  });
});

describe('readProviderIdToken', () => {
  it('keeps the header and payload, never the signature', async () => {
    const token = encodeJwt(
      { alg: 'RS256' },
      { iss: 'http://idp', groups: ['team-a'] },
      SIGNATURE,
    );
    const api = oauth2Like(token);
    const result = await readProviderIdToken(api, customRef);

    expect(api.getIdToken).toHaveBeenCalledWith({ optional: true });
    expect(result).toEqual({
      kind: 'decoded',
      token: {
        header: { alg: 'RS256' },
        payload: { iss: 'http://idp', groups: ['team-a'] },
        length: token.length,
        hasSignature: true,
      },
    });
    expect(JSON.stringify(result)).not.toContain(SIGNATURE);
  });

  it('tells an OAuth-only provider, a missing and a malformed token apart', async () => {
    const github = oauth2Like('x.y.z');
    expect(await readProviderIdToken(github, githubAuthApiRef)).toEqual({
      kind: 'oauthOnly',
    });
    expect(github.getIdToken).not.toHaveBeenCalled();
    expect(await readProviderIdToken(oauth2Like(''), customRef)).toEqual({
      kind: 'none',
    });
    expect(
      await readProviderIdToken(oauth2Like('opaque-token'), customRef),
    ).toEqual({
      kind: 'undecodable',
      error: expect.objectContaining({
        reason: 'not-a-jwt',
        message: expect.stringMatching(/^This is not a JWT/),
      }),
    });
  });

  it('rejects when getIdToken does', async () => {
    const api = {
      getIdToken: jest.fn(async () => {
        throw new Error('popup closed');
      }),
    };
    await expect(readProviderIdToken(api, customRef)).rejects.toThrow(
      'popup closed',
    );
  });
});
