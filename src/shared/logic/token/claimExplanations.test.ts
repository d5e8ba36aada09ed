import {
  explainClaim,
  explainClaims,
  formatEpochSeconds,
  formatRelativeSeconds,
  maskSensitiveClaims,
} from './claimExplanations';

const NOW = 1_800_000_000;

describe('formatRelativeSeconds', () => {
  it.each([
    [42 * 60, 'in 42 minutes'],
    [-3 * 3600 - 5, '3 hours ago'],
    [59, 'in 59 seconds'],
    [0, 'now'],
    [2 * 86_400 + 10, 'in 2 days'],
    // Within the hour, as the banner counts down: rounded up.
    [4 * 60 + 30, 'in 5 minutes'],
    [60, 'in 60 seconds'],
    [61, 'in 2 minutes'],
    [3_600, 'in 60 minutes'],
    [-(4 * 60 + 30), '4 minutes ago'],
  ])('%d s reads %j', (delta, text) => {
    expect(formatRelativeSeconds(delta)).toBe(text);
  });
});

describe('explainClaim', () => {
  it('shows time claims absolute and relative', () => {
    expect(explainClaim('exp', NOW + 42 * 60, NOW)).toEqual({
      name: 'exp',
      label: 'Expires',
      meaning: expect.stringContaining('401'),
      kind: 'time',
      display: String(NOW + 42 * 60),
      time: {
        absolute: formatEpochSeconds(NOW + 42 * 60),
        relative: 'in 42 minutes',
        epochSeconds: NOW + 42 * 60,
      },
    });
    expect(formatEpochSeconds(NOW)).toBe('2027-01-15 08:00:00 UTC');
  });

  it.each([
    ['auth_time', 0],
    ['iat', 0],
    ['nbf', -1],
  ])('says a zero time (%s: %d) is not set, not 1970', (name, value) => {
    const claim = explainClaim(name, value, 1_800_000_000, { token: 'id' });
    expect(claim.time).toMatchObject({ absolute: 'Not set' });
    expect(JSON.stringify(claim)).not.toMatch(/1970|days ago/);
  });

  it('does not treat a time claim given as a string as a time', () => {
    const claim = explainClaim('exp', String(NOW), NOW);
    expect(claim.kind).toBe('text');
    expect(claim.time).toBeUndefined();
  });

  it('shows unknown claims as formatted JSON without a meaning', () => {
    const claim = explainClaim('custom', { team: ['a'] }, NOW);
    expect(claim).toEqual({
      name: 'custom',
      label: 'custom',
      meaning: undefined,
      kind: 'json',
      display: '{\n  "team": [\n    "a"\n  ]\n}',
    });
  });

  it('does not read explanations from the prototype chain', () => {
    expect(explainClaim('constructor', 'x', NOW).meaning).toBeUndefined();
    expect(explainClaim('__proto__', 'x', NOW).meaning).toBeUndefined();
  });
});

describe('explainClaims', () => {
  it('orders standard claims first, then the rest alphabetically', () => {
    const names = explainClaims(
      { zeta: 1, exp: NOW, alpha: 2, sub: 'user:default/a', iss: 'x' },
      NOW,
    ).map(c => c.name);
    expect(names).toEqual(['iss', 'sub', 'exp', 'alpha', 'zeta']);
  });
});

describe('sensitive claims', () => {
  it('marks uip as the limited token’s signature and says why it is hidden', () => {
    const claim = explainClaim('uip', 'c2lnbmF0dXJl', NOW);
    expect(claim.sensitive).toBe('limited-token signature');
    expect(claim.meaning).toMatch(/signature of your limited-user token/);
    expect(claim.meaning).toMatch(/until exp/);
    expect(explainClaim('sub', 'user:default/a', NOW)).not.toHaveProperty(
      'sensitive',
    );
  });

  it('masks sensitive values in a copy, keeping the rest and the key order', () => {
    const masked = maskSensitiveClaims(
      JSON.parse(
        '{"sub":"user:default/a","uip":"c2lnbmF0dXJl","__proto__":"x","exp":1}',
      ),
      claim => `hidden ${claim.sensitive} ${claim.display.length}`,
    );
    expect(JSON.stringify(masked)).toBe(
      '{"sub":"user:default/a","uip":"hidden limited-token signature 12","__proto__":"x","exp":1}',
    );
  });
});

describe('ID token claims', () => {
  it('explains the standard OIDC claims in Backstage’s terms', () => {
    const claims = explainClaims(
      {
        email_verified: false,
        groups: ['team-a'],
        nonce: 'n-0S6_WzA2Mj',
        at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q',
        azp: 'backstage',
        auth_time: NOW - 60,
        acr: 'urn:mace:incommon:iap:silver',
        amr: ['pwd', 'mfa'],
        sid: '08a5019c-17e1-4977-8f42-65a12843ea02',
        preferred_username: 'alice',
        given_name: 'Alice',
        family_name: 'Example',
        picture: 'https://example.com/a.png',
        hd: 'example.com',
        tid: '9188040d-6c67-4c5b-b112-36a304b66dad',
        oid: '00000000-0000-0000-66f3-3332eca7ea81',
      },
      NOW,
      { token: 'id' },
    );
    const byName = Object.fromEntries(claims.map(c => [c.name, c]));
    expect(claims.filter(c => !c.meaning).map(c => c.name)).toEqual([]);
    expect(byName.email_verified.meaning).toContain(
      'Login failed, user profile does not contain an email',
    );
    expect(byName.groups.meaning).toMatch(
      /does nothing with them unless the sign-in resolver maps them/,
    );
    expect(byName.groups.meaning).toMatch(/Groups and ownership card/);
    expect(byName.auth_time.time?.relative).toBe('1 minute ago');
    expect(byName.amr.display).toBe('pwd\nmfa');
    expect(byName.hd.meaning).toMatch(/^Google/);
    expect(byName.oid.meaning).toMatch(/graph\.microsoft\.com\/user-id/);
    expect(claims.filter(c => c.sensitive)).toEqual([]);
  });

  it('reads iss, aud and exp of an ID token as the IdP’s, not Backstage’s', () => {
    const payload = { iss: 'https://idp', aud: 'backstage-dev', exp: NOW - 5 };
    const asId = explainClaims(payload, NOW, { token: 'id' });
    const asBackstage = explainClaims(payload, NOW);
    const meaning = (claims: typeof asId, name: string) =>
      claims.find(c => c.name === name)?.meaning;

    expect(meaning(asId, 'aud')).toMatch(/clientId of this provider/);
    expect(meaning(asBackstage, 'aud')).toMatch(/accept only "backstage"/);
    expect(meaning(asId, 'exp')).toMatch(/does not end your Backstage session/);
    expect(meaning(asId, 'exp')).not.toMatch(/401/);
    expect(meaning(asBackstage, 'exp')).toMatch(/401/);
    expect(meaning(asId, 'iss')).toMatch(/identity provider/);
  });

  it('explains a configured groups claim as groups', () => {
    const claim = explainClaim('custom:teams', ['a'], NOW, {
      groupClaims: ['custom:teams'],
    });
    expect(claim.label).toBe('custom:teams');
    expect(claim.meaning).toMatch(/Groups the identity provider asserts/);
    expect(explainClaim('custom:teams', ['a'], NOW).meaning).toBeUndefined();
    expect(explainClaim('roles', ['a'], NOW).meaning).toMatch(
      /Groups the identity provider asserts/,
    );
  });

  it('does not read ID token explanations from the prototype chain', () => {
    expect(
      explainClaim('constructor', 'x', NOW, { token: 'id' }).meaning,
    ).toBeUndefined();
  });
});
