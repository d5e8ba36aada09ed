import { http, HttpResponse, delay } from 'msw';
import { mockApis, MockFetchApi } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { catalogMetadata } from '../../../test/builders/permissions';
import { TEST_BACKEND } from '../../../test/builders/tokens';
import { setupMswServer } from '../../../test/msw/server';
import {
  metadataFailureHandler,
  metadataHandler,
  metadataUrl,
} from '../../../test/msw/permissionHandlers';
import { PermissionMetadataClient } from './PermissionMetadataClient';

const { server, requests } = setupMswServer();

function createClient(timeoutMs?: number) {
  return PermissionMetadataClient.create({
    discoveryApi: mockApis.discovery({ baseUrl: TEST_BACKEND }),
    fetchApi: new MockFetchApi({ injectIdentityAuth: { token: 'user-token' } }),
    timeoutMs,
  });
}

describe('PermissionMetadataClient', () => {
  it('GETs the well-known metadata of the plugin with the user token', async () => {
    server.use(metadataHandler('catalog', catalogMetadata()));
    const result = await createClient().getPermissionMetadata('catalog');

    expect(result).toEqual({
      status: 'found',
      pluginId: 'catalog',
      url: metadataUrl('catalog'),
      metadata: catalogMetadata(),
    });
    expect(requests).toHaveLength(1);
    expect(requests[0].method).toBe('GET');
    expect(requests[0].url).toBe(
      `${TEST_BACKEND}/api/catalog/.well-known/backstage/permissions/metadata`,
    );
    expect(requests[0].headers.get('authorization')).toBe('Bearer user-token');
  });

  it('reports 404 as not found, not as an error', async () => {
    server.use(metadataFailureHandler('scaffolder', 404));
    await expect(
      createClient().getPermissionMetadata('scaffolder'),
    ).resolves.toEqual({
      status: 'not-found',
      pluginId: 'scaffolder',
      url: metadataUrl('scaffolder'),
    });
  });

  it.each([401, 403, 500, 503])(
    'throws a ResponseError carrying HTTP %i',
    async status => {
      server.use(metadataFailureHandler('catalog', status));
      const error = await createClient()
        .getPermissionMetadata('catalog')
        .catch(e => e);
      expect(ResponseError.is(error)).toBe(true);
      expect(error.statusCode).toBe(status);
    },
  );

  it('names the URL when the body is not JSON', async () => {
    server.use(metadataFailureHandler('catalog', 'bad-json'));
    await expect(
      createClient().getPermissionMetadata('catalog'),
    ).rejects.toThrow(
      `GET ${metadataUrl('catalog')} answered HTTP 200 with a body that is not JSON`,
    );
  });

  it('names the field when the JSON is not permission metadata', async () => {
    server.use(
      http.get(metadataUrl('catalog'), () =>
        HttpResponse.json({ permissions: 'all of them' }),
      ),
    );
    await expect(
      createClient().getPermissionMetadata('catalog'),
    ).rejects.toThrow(
      `GET ${metadataUrl('catalog')} did not return permission metadata: "permissions" is not an array`,
    );
  });

  it('gives up after the timeout', async () => {
    server.use(
      http.get(metadataUrl('catalog'), async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await expect(
      createClient(50).getPermissionMetadata('catalog'),
    ).rejects.toThrow(`GET ${metadataUrl('catalog')}: no answer within 0.05 s`);
  });
});
