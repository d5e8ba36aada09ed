import {
  createContext,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Entity } from '@backstage/catalog-model';
import { useApi, useApiHolder } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { agentsApiRef } from './AgentsApi';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { userinfoApiRef, type UserinfoResponse } from './UserinfoApi';
import { callWithTimeout } from '../../shared/logic/async';
import {
  loadMembership,
  type CatalogMembership,
} from '../logic/loadMembership';
import {
  compareOwnership,
  type OwnershipComparison,
} from '../logic/compareOwnership';
import { readProviderIdToken, type ProviderIdToken } from './providerIdToken';
import { createRequestCache } from './requestCache';
import {
  useBackstageToken,
  type BackstageTokenState,
} from './useBackstageToken';

/** One async datum as every card sees it. */
export type AsyncData<T> = {
  value?: T;
  loading: boolean;
  error?: Error;
  retry: () => void;
};

export type MembershipData =
  { available: false } | ({ available: true } & CatalogMembership);

/**
 * The catalog reads the cards share, each asked once per page view: the
 * groups claim's lookup reads the groups the membership walk already read
 * from the same answers.
 */
export type SharedCatalogReads = {
  getEntitiesByRefs(refs: string[]): Promise<Array<Entity | undefined>>;
  getGroupsByAnnotation(
    annotation: string,
    values: string[],
  ): Promise<Entity[]>;
};

export type MyAccessData = {
  token: AsyncData<BackstageTokenState>;
  userinfo: AsyncData<UserinfoResponse>;
  membership: AsyncData<MembershipData>;
  /** Undefined in an app without a catalog API. */
  catalog?: SharedCatalogReads;
  /**
   * The auth backend's discovery document, read once per page view: the
   * agents card and the doctor's open doors both read it. A failed read is
   * asked again.
   */
  readAuthDiscovery?: () => Promise<unknown>;
  /**
   * Identity, userinfo and catalog held side by side, compared once: the
   * groups card shows it, the doctor's bundle summarises it. Undefined until
   * the identity is known.
   */
  ownership?: OwnershipComparison;
  /**
   * A provider's ID token, read and decoded once per page view: the sessions
   * card shows the signed-in provider's claims, the groups card reads its
   * groups claim. `forget` makes the next read ask the provider again.
   */
  providerIdToken: {
    read(
      api: object | undefined,
      apiRef: { id: string } | undefined,
    ): Promise<ProviderIdToken>;
    forget(apiRef: { id: string } | undefined): void;
  };
};

const MyAccessDataContext = createContext<MyAccessData | undefined>(undefined);

/**
 * Loads what the My Access cards share, once per page view: the token
 * (decoded here, once: the token card and the doctor read `token.decoded`),
 * the auth backend's userinfo and the catalog membership. Each fails alone.
 */
export function MyAccessDataProvider(props: { children: ReactNode }) {
  const token = useBackstageToken();
  const userinfoApi = useApi(userinfoApiRef);
  // The catalog is optional: without it the groups card says so.
  const catalogApi = useApiHolder().get(catalogApiRef);
  const agentsApi = useApiHolder().get(agentsApiRef);
  const userRef = token.value?.identity.userEntityRef;
  const ownershipRefs = token.value?.identity.ownershipEntityRefs;

  // One answer per question for this page view, kept across React's
  // strict-mode double effects (state survives them, effects run twice).
  const [cache] = useState(createRequestCache);
  const catalog = useMemo((): SharedCatalogReads | undefined => {
    if (!catalogApi) return undefined;
    return {
      // The catalog client takes no signal: the wait is bounded, the
      // request runs to its end.
      getEntitiesByRefs: refs =>
        cache.each(
          'entity:',
          refs,
          async missing =>
            (
              await callWithTimeout(
                () => catalogApi.getEntitiesByRefs({ entityRefs: missing }),
                { what: `POST entities/by-refs (${missing.length} refs)` },
              )
            ).items,
        ),
      getGroupsByAnnotation: (annotation, values) =>
        cache.once(
          `annotation:${annotation}=${values.join('\n')}`,
          async () =>
            (
              await callWithTimeout(
                () =>
                  catalogApi.getEntities({
                    filter: {
                      kind: 'group',
                      [`metadata.annotations.${annotation}`]: values,
                    },
                  }),
                { what: `GET entities by ${annotation}` },
              )
            ).items,
        ),
    };
  }, [catalogApi, cache]);

  const userinfo = useAsyncRetry(
    () => cache.once('userinfo', () => userinfoApi.getUserinfo()),
    [userinfoApi, cache],
  );
  const membership = useAsyncRetry(async (): Promise<
    MembershipData | undefined
  > => {
    if (!userRef) return undefined;
    if (!catalogApi || !catalog) return { available: false };
    const result = await loadMembership(
      userRef,
      {
        getEntityByRef: ref =>
          cache.once(`user:${ref}`, () =>
            callWithTimeout(() => catalogApi.getEntityByRef(ref), {
              what: `GET entity ${ref}`,
            }),
          ),
        getEntitiesByRefs: refs => catalog.getEntitiesByRefs(refs),
      },
      ownershipRefs,
    );
    return { available: true, ...result };
  }, [catalogApi, catalog, cache, userRef, ownershipRefs]);

  // Stable across renders: the doctor and the agents card run when it changes.
  const readAuthDiscovery = useMemo(
    () =>
      agentsApi
        ? () =>
            cache.once('auth-discovery', () =>
              agentsApi.getAuthDiscoveryDocument(),
            )
        : undefined,
    [agentsApi, cache],
  );

  const identity = token.value?.identity;
  const ownership = useMemo(
    () =>
      identity &&
      compareOwnership({
        userRef: identity.userEntityRef,
        identityRefs: identity.ownershipEntityRefs,
        userinfoRefs: userinfo.value?.claims.ent,
        catalog: membership.value?.available ? membership.value : undefined,
      }),
    [identity, userinfo.value, membership.value],
  );

  const providerIdToken = useMemo<MyAccessData['providerIdToken']>(
    () => ({
      read: (api, apiRef) =>
        apiRef
          ? cache.once(`id-token:${apiRef.id};`, () =>
              readProviderIdToken(api, apiRef),
            )
          : readProviderIdToken(api, apiRef),
      forget: apiRef => {
        if (apiRef) cache.forget(`id-token:${apiRef.id};`);
      },
    }),
    [cache],
  );

  const value = useMemo<MyAccessData>(
    () => ({
      token,
      userinfo: {
        value: userinfo.value,
        loading: userinfo.loading,
        error: userinfo.error,
        retry: () => {
          cache.forget('userinfo');
          userinfo.retry();
        },
      },
      membership: {
        value: membership.value,
        loading: membership.loading || (token.loading && !membership.value),
        error: membership.error,
        retry: () => {
          cache.forget('user:');
          cache.forget('entity:');
          membership.retry();
        },
      },
      catalog,
      readAuthDiscovery,
      ownership,
      providerIdToken,
    }),
    [
      token,
      userinfo,
      membership,
      catalog,
      cache,
      readAuthDiscovery,
      ownership,
      providerIdToken,
    ],
  );

  return (
    <MyAccessDataContext.Provider value={value}>
      {props.children}
    </MyAccessDataContext.Provider>
  );
}

/**
 * Gives its children the page's shared data when they sit inside My Access,
 * else loads it here: a card placed on its own page works the same.
 */
export function EnsureMyAccessData(props: { children: ReactNode }) {
  const data = useContext(MyAccessDataContext);
  if (data) return <>{props.children}</>;
  return <MyAccessDataProvider>{props.children}</MyAccessDataProvider>;
}

/** The shared data when inside My Access, else undefined. */
export function useOptionalMyAccessData(): MyAccessData | undefined {
  return useContext(MyAccessDataContext);
}

/** The shared data of the My Access page. */
export function useMyAccessData(): MyAccessData {
  const data = useContext(MyAccessDataContext);
  if (!data) {
    throw new Error(
      'useMyAccessData must be used inside <MyAccessDataProvider>',
    );
  }
  return data;
}

/**
 * A provider's ID token as `{ value, loading, error, retry }`: inside My
 * Access the page's one read, elsewhere a read of its own.
 */
export function useProviderIdToken(
  api: object | undefined,
  apiRef: { id: string } | undefined,
) {
  const shared = useContext(MyAccessDataContext)?.providerIdToken;
  const state = useAsyncRetry(
    () =>
      shared ? shared.read(api, apiRef) : readProviderIdToken(api, apiRef),
    [shared, api, apiRef],
  );
  return {
    ...state,
    retry: () => {
      shared?.forget(apiRef);
      state.retry();
    },
  };
}
