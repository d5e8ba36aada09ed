import { http, HttpResponse } from 'msw';
import type { MetadataResponse } from '@backstage/plugin-permission-common';
import { TEST_BACKEND } from '../builders/tokens';
import { backstageError } from './handlers';

/** The URL of a plugin's permission metadata under the mocked discovery. */
export function metadataUrl(pluginId: string) {
  return `${TEST_BACKEND}/api/${pluginId}/.well-known/backstage/permissions/metadata`;
}

export const AUTHORIZE_URL = `${TEST_BACKEND}/api/permission/authorize`;

/** A plugin serving the given permission metadata. */
export function metadataHandler(pluginId: string, metadata: MetadataResponse) {
  return http.get(metadataUrl(pluginId), () => HttpResponse.json(metadata));
}

/** A plugin whose metadata endpoint fails with a status or a broken body. */
export function metadataFailureHandler(
  pluginId: string,
  failure: number | 'bad-json',
) {
  return http.get(metadataUrl(pluginId), () => {
    if (failure === 'bad-json') {
      return new HttpResponse('<html>proxy error</html>', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }
    if (failure === 404) {
      return backstageError(404, 'NotFoundError', 'Not Found');
    }
    return backstageError(
      failure,
      failure === 401 ? 'AuthenticationError' : 'Error',
      failure === 401 ? 'Missing credentials' : 'Something broke',
    );
  });
}

type AuthorizeItem = {
  id: string;
  permission: { name: string; type: string; resourceType?: string };
  resourceRef?: string | string[];
};

/**
 * `POST /api/permission/authorize` deciding each item with `decide`. Like the
 * real backend, a resource permission without a resourceRef fails the whole
 * batch with 400.
 */
export function authorizeHandler(
  decide: (item: AuthorizeItem) => 'ALLOW' | 'DENY',
) {
  return http.post(AUTHORIZE_URL, async ({ request }) => {
    const body = (await request.json()) as { items: AuthorizeItem[] };
    const bare = body.items.find(
      i => i.permission.type === 'resource' && !i.resourceRef,
    );
    if (bare) {
      return backstageError(
        400,
        'InputError',
        `Resource permissions require a resourceRef to be set. Direct authorization of resource permissions without a resourceRef is not supported (${bare.permission.name})`,
      );
    }
    return HttpResponse.json({
      items: body.items.map(item => ({ id: item.id, result: decide(item) })),
    });
  });
}

/** `POST /api/permission/authorize` failing with the given status. */
export function authorizeFailureHandler(status: number, message: string) {
  return http.post(AUTHORIZE_URL, () =>
    backstageError(
      status,
      status === 401 ? 'AuthenticationError' : 'Error',
      message,
    ),
  );
}
