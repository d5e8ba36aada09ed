/**
 * Builders for tokens as Backstage and identity providers issue them.
 * Signatures are fake: the plugin decodes, it never verifies.
 */

export function base64UrlEncode(text: string): string {
  return Buffer.from(text, 'utf8')
    .toString('base64')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function encodeJwt(
  header: unknown,
  payload: unknown,
  signature = 'c2lnbmF0dXJlLW5vdC12ZXJpZmllZA',
): string {
  return [
    base64UrlEncode(JSON.stringify(header)),
    base64UrlEncode(JSON.stringify(payload)),
    signature,
  ].join('.');
}

export type BackstageTokenOverrides = {
  header?: Record<string, unknown>;
  payload?: Record<string, unknown>;
  /** Seconds since the epoch used for `iat`; defaults to now. */
  issuedAt?: number;
  lifetimeSeconds?: number;
};

export const TEST_BACKEND = 'http://127.0.0.1:7007';

export function backstageTokenClaims(overrides: BackstageTokenOverrides = {}): {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
} {
  const iat = overrides.issuedAt ?? Math.floor(Date.now() / 1000);
  const lifetime = overrides.lifetimeSeconds ?? 3600;
  return {
    header: {
      alg: 'ES256',
      kid: 'c1a2b3d4-test-key',
      typ: 'vnd.backstage.user',
      ...overrides.header,
    },
    payload: {
      iss: `${TEST_BACKEND}/api/auth`,
      sub: 'user:default/alice',
      aud: 'backstage',
      iat,
      exp: iat + lifetime,
      uip: 'dXNlci1pZGVudGl0eS1wcm9vZg',
      ...overrides.payload,
    },
  };
}

/** A Backstage user token (as issued since 1.50: no `ent` unless asked). */
export function backstageToken(
  overrides: BackstageTokenOverrides = {},
): string {
  const { header, payload } = backstageTokenClaims(overrides);
  return encodeJwt(header, payload);
}
