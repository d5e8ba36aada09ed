// Readiness checks. Each returns a truthy value once the service is usable,
// and a falsy value (or throws) while it is not yet.

const REQUEST_TIMEOUT_MS = 3000;

async function get(url, init = {}) {
  return fetch(url, {
    ...init,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
}

export async function idpReady(issuer) {
  const res = await get(`${issuer}/.well-known/openid-configuration`);
  if (!res.ok) return false;
  const metadata = await res.json();
  return metadata.issuer === issuer;
}

export async function guestToken(backendUrl) {
  const res = await get(`${backendUrl}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!res.ok) return undefined;
  const body = await res.json();
  return body.backstageIdentity?.token;
}

/** Entities that must be in the catalog (with relations) before sign-in works. */
export const REQUIRED_ENTITIES = [
  'user:default/alice',
  'user:default/admin',
  'user:default/many',
  'user:development/guest',
  'group:default/acme',
  'group:default/team-a',
  'group:default/team-b',
  'group:default/admins',
  'component:default/checkout-web',
  'component:default/payments-service',
  'component:default/access-audit',
];

/**
 * The backend counts as ready once the catalog has processed the seeded
 * entities, memberships included: before that, OIDC sign-in resolves no user
 * and guest sign-in gets no groups.
 */
export async function backendReady(backendUrl, state) {
  const health = await get(`${backendUrl}/.backstage/health/v1/readiness`);
  if (!health.ok) return false;
  state.token ??= await guestToken(backendUrl);
  if (!state.token) return false;

  const res = await get(`${backendUrl}/api/catalog/entities/by-refs`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${state.token}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ entityRefs: REQUIRED_ENTITIES }),
  });
  if (res.status === 401) state.token = undefined;
  if (!res.ok) return false;
  const { items } = await res.json();
  return items.every(
    entity =>
      entity &&
      (entity.kind !== 'User' ||
        entity.relations?.some(r => r.type === 'memberOf')),
  );
}

export async function appReady(appUrl) {
  const res = await get(appUrl);
  if (res.status !== 200) return false;
  const type = res.headers.get('content-type') ?? '';
  return type.includes('text/html') && (await res.text()).includes('<html');
}
