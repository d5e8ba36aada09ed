import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useApi, useApiHolder } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { userinfoApiRef, type UserinfoResponse } from './groups/UserinfoApi';
import { callWithTimeout } from '../shared/logic/async';
import { loadMembership, type CatalogMembership } from './groups/logic';
import {
  useBackstageToken,
  type BackstageTokenState,
} from './token/useBackstageToken';

/** One async datum as every card sees it. */
export type AsyncData<T> = {
  value?: T;
  loading: boolean;
  error?: Error;
  retry: () => void;
};

export type MembershipData =
  { available: false } | ({ available: true } & CatalogMembership);

export type MyAccessData = {
  token: AsyncData<BackstageTokenState>;
  userinfo: AsyncData<UserinfoResponse>;
  membership: AsyncData<MembershipData>;
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
  const userRef = token.value?.identity.userEntityRef;
  const ownershipRefs = token.value?.identity.ownershipEntityRefs;

  const userinfo = useAsyncRetry(
    () => userinfoApi.getUserinfo(),
    [userinfoApi],
  );
  const membership = useAsyncRetry(async (): Promise<
    MembershipData | undefined
  > => {
    if (!userRef) return undefined;
    if (!catalogApi) return { available: false };
    const result = await loadMembership(
      userRef,
      {
        // The catalog client takes no signal: the wait is bounded, the
        // request runs to its end.
        getEntityByRef: ref =>
          callWithTimeout(() => catalogApi.getEntityByRef(ref), {
            what: `GET entity ${ref}`,
          }),
        getEntitiesByRefs: async refs =>
          (
            await callWithTimeout(
              () => catalogApi.getEntitiesByRefs({ entityRefs: refs }),
              { what: `POST entities/by-refs (${refs.length} refs)` },
            )
          ).items,
      },
      ownershipRefs,
    );
    return { available: true, ...result };
  }, [catalogApi, userRef, ownershipRefs]);

  const value = useMemo<MyAccessData>(
    () => ({
      token,
      userinfo: {
        value: userinfo.value,
        loading: userinfo.loading,
        error: userinfo.error,
        retry: userinfo.retry,
      },
      membership: {
        value: membership.value,
        loading: membership.loading || (token.loading && !membership.value),
        error: membership.error,
        retry: membership.retry,
      },
    }),
    [token, userinfo, membership],
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
