import { useMemo } from 'react';
import { configApiRef, useApi, useApiHolder } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { readRememberedProvider } from '../../shared/providers/rememberedProvider';
import { useResolvedProviders } from '../../shared/providers/useResolvedProviders';
import { useMyAccessData } from '../data/useMyAccessData';
import { readGroupsClaimOptions } from '../logic/groupsClaimOptions';
import {
  loadClaimCandidates,
  mapGroupsClaim,
  readGroupsClaim,
  type GroupsClaimOptions,
  type GroupsClaimReading,
} from './logic';

/** Why the groups claim could not be read. */
export type GroupsClaimUnavailable =
  | { kind: 'guest' }
  | { kind: 'noProvider' }
  | { kind: 'oauthOnly'; provider: string }
  | { kind: 'noIdToken'; provider: string }
  | { kind: 'undecodable'; provider: string; reason: string };

export type GroupsClaimState =
  | { available: false; why: GroupsClaimUnavailable }
  | {
      available: true;
      provider: string;
      /** False when the app has no catalog API to map the claim with. */
      catalog: boolean;
      options: GroupsClaimOptions;
      reading: GroupsClaimReading;
    };

/**
 * The IdP's groups claim, from the ID token of the provider the user signed
 * in with, mapped to catalog Groups and held against the catalog and the
 * identity. Reads the token with `optional`: never opens a popup.
 */
export function useGroupsClaim() {
  const config = useApi(configApiRef);
  const holder = useApiHolder();
  const catalogApi = holder.get(catalogApiRef);
  const { providers } = useResolvedProviders(undefined);
  const { token, membership, catalog, providerIdToken } = useMyAccessData();
  const ownershipRefs = token.value?.identity.ownershipEntityRefs;
  const directGroups = useMemo(
    () =>
      membership.value?.available && membership.value.userFound
        ? membership.value.groups.filter(g => g.depth === 1).map(g => g.ref)
        : [],
    [membership.value],
  );
  const options = useMemo(() => readGroupsClaimOptions(config), [config]);
  const membershipPending = token.loading || membership.loading;

  const result = useAsyncRetry(async (): Promise<
    GroupsClaimState | undefined
  > => {
    // Mapped once the membership is known: not once before and once after.
    if (membershipPending) return undefined;
    const rememberedId = readRememberedProvider();
    const provider = providers.find(p => p.id === rememberedId);
    if (rememberedId === 'guest' || provider?.kind === 'guest') {
      return { available: false, why: { kind: 'guest' } };
    }
    if (!provider?.apiRef) {
      return { available: false, why: { kind: 'noProvider' } };
    }
    // Decoded at once; the raw token and its signature are never kept.
    const idToken = await providerIdToken.read(
      holder.get(provider.apiRef),
      provider.apiRef,
    );
    if (idToken.kind !== 'decoded') {
      const why: GroupsClaimUnavailable =
        idToken.kind === 'undecodable'
          ? {
              kind: 'undecodable',
              provider: provider.title,
              reason: idToken.error.message,
            }
          : {
              kind: idToken.kind === 'none' ? 'noIdToken' : 'oauthOnly',
              provider: provider.title,
            };
      return { available: false, why };
    }
    const payload = idToken.token.payload;
    const read = readGroupsClaim(payload, options.claimNames);
    const values = read.kind === 'present' ? read.values.map(v => v.value) : [];
    // Through the page's shared reads: the groups the membership walk read
    // are not asked for again.
    const catalogGroups =
      catalog && values.length > 0
        ? await loadClaimCandidates(values, options, catalog)
        : [];
    return {
      available: true,
      provider: provider.title,
      catalog: Boolean(catalogApi),
      options,
      reading: mapGroupsClaim({
        payload,
        options,
        catalogGroups,
        memberships: directGroups,
        ownershipRefs,
      }),
    };
  }, [
    providers,
    providerIdToken,
    holder,
    catalog,
    catalogApi,
    options,
    ownershipRefs,
    directGroups,
    membershipPending,
  ]);
  return membershipPending
    ? { ...result, loading: true, value: undefined }
    : result;
}
