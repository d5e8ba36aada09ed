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
