import { CatalogClient } from '@backstage/catalog-client';
import {
  configApiRef,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
  type IdentityApi,
} from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  IdentityPermissionApi,
  permissionApiRef,
} from '@backstage/plugin-permission-react';
import { mockApis } from '@backstage/test-utils';
import { backstageToken, TEST_BACKEND } from '../builders/tokens';
import { pluginApis } from '../msw/pluginApis';

/**
 * The APIs My Access needs, with Backstage's real catalog and permission
 * clients over plain `fetch`, so msw sees exactly the HTTP an app would send.
 */
export function realClientApis(options: {
  userEntityRef: string;
  ownershipEntityRefs: string[];
  permissionPlugins: string[];
  identityApi?: IdentityApi;
}) {
  const configApi = mockApis.config({
    data: {
      permission: { enabled: true },
      accessInspector: { permissions: { plugins: options.permissionPlugins } },
      backend: { baseUrl: TEST_BACKEND },
    },
  });
  const discoveryApi = mockApis.discovery({ baseUrl: TEST_BACKEND });
  const identityApi =
    options.identityApi ??
    mockApis.identity({
      userEntityRef: options.userEntityRef,
      ownershipEntityRefs: options.ownershipEntityRefs,
      token: backstageToken({ payload: { sub: options.userEntityRef } }),
    });
  const fetchApi = {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
  };
  return [
    [configApiRef, configApi],
    [identityApiRef, identityApi],
    [discoveryApiRef, discoveryApi],
    [fetchApiRef, fetchApi],
    [catalogApiRef, new CatalogClient({ discoveryApi, fetchApi })],
    [
      permissionApiRef,
      IdentityPermissionApi.create({
        config: configApi,
        discovery: discoveryApi,
        identity: identityApi,
      }),
    ],
    ...pluginApis({ discoveryApi, fetchApi }),
  ] as const;
}
