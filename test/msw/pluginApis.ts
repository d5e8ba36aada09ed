import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { mockApis } from '@backstage/test-utils';
import { TEST_BACKEND } from '../builders/tokens';
import { userinfoApiRef } from '../../src/myAccess/data/UserinfoApi';
import { UserinfoClient } from '../../src/myAccess/groups/UserinfoClient';
import { permissionMetadataApiRef } from '../../src/myAccess/data/PermissionMetadataApi';
import { PermissionMetadataClient } from '../../src/myAccess/permissions/PermissionMetadataClient';
import { probeApiRef } from '../../src/myAccess/doctor/ProbeApi';
import { ProbeClient } from '../../src/myAccess/doctor/ProbeClient';
import { agentsApiRef } from '../../src/myAccess/data/AgentsApi';
import { AgentsClient } from '../../src/myAccess/agents/AgentsClient';
import {
  InMemorySessionTimeline,
  sessionTimelineApiRef,
} from '../../src/shared/timeline';

/**
 * The plugin's own APIs as the plugin registers them (real clients, over
 * plain `fetch` so msw sees the HTTP), for `TestApiProvider`:
 * `apis={[...otherApis, ...pluginApis()]}`. Pass `timeline` to read or seed
 * the session timeline the components share.
 */
export function pluginApis(
  options: {
    discoveryApi?: DiscoveryApi;
    fetchApi?: FetchApi;
    timeline?: InMemorySessionTimeline;
  } = {},
) {
  const discoveryApi =
    options.discoveryApi ?? mockApis.discovery({ baseUrl: TEST_BACKEND });
  const fetchApi = options.fetchApi ?? {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
  };
  return [
    [userinfoApiRef, UserinfoClient.create({ discoveryApi, fetchApi })],
    [
      permissionMetadataApiRef,
      PermissionMetadataClient.create({ discoveryApi, fetchApi }),
    ],
    [probeApiRef, ProbeClient.create({ discoveryApi, fetchApi })],
    [agentsApiRef, AgentsClient.create({ discoveryApi, fetchApi })],
    [
      sessionTimelineApiRef,
      options.timeline ?? InMemorySessionTimeline.create(),
    ],
  ] as const;
}
