import {
  createApiFactory,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { userinfoApiRef } from './myAccess/data/UserinfoApi';
import { UserinfoClient } from './myAccess/groups/UserinfoClient';
import { permissionMetadataApiRef } from './myAccess/data/PermissionMetadataApi';
import { PermissionMetadataClient } from './myAccess/permissions/PermissionMetadataClient';
import { probeApiRef } from './myAccess/doctor/ProbeApi';
import { ProbeClient } from './myAccess/doctor/ProbeClient';
import { agentsApiRef } from './myAccess/data/AgentsApi';
import { AgentsClient } from './myAccess/agents/AgentsClient';
import { accessHistoryApiRef } from './myAccess/history/AccessHistoryApi';
import { LocalAccessHistory } from './myAccess/history/LocalAccessHistory';
import { sessionTimelineApiRef } from './shared/timeline/SessionTimelineApi';
import { InMemorySessionTimeline } from './shared/timeline/InMemorySessionTimeline';

// The plugin's default API implementations, registered by both frontend
// systems (`plugin.ts`, `alpha.tsx`); an app replaces one by registering its
// own factory for the same ref.

export const userinfoApiFactory = createApiFactory({
  api: userinfoApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    UserinfoClient.create({ discoveryApi, fetchApi }),
});

export const permissionMetadataApiFactory = createApiFactory({
  api: permissionMetadataApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    PermissionMetadataClient.create({ discoveryApi, fetchApi }),
});

export const probeApiFactory = createApiFactory({
  api: probeApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    ProbeClient.create({ discoveryApi, fetchApi }),
});

export const agentsApiFactory = createApiFactory({
  api: agentsApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    AgentsClient.create({ discoveryApi, fetchApi }),
});

// This browser's own storage: the history never leaves it.
export const accessHistoryApiFactory = createApiFactory({
  api: accessHistoryApiRef,
  deps: {},
  factory: () => LocalAccessHistory.create(),
});

// One log per app instance, that is per tab: created with the app's APIs,
// before sign-in, so the sign-in page's events are there for the doctor.
export const sessionTimelineApiFactory = createApiFactory({
  api: sessionTimelineApiRef,
  deps: {},
  factory: () => InMemorySessionTimeline.create(),
});
