import { useMemo } from 'react';
import { useMyAccessData } from '../data/useMyAccessData';
import { summarizeGroups, type GroupsSummary } from '../logic/summarizeGroups';
import type { PermissionSummary } from '../logic/permissionSummary';
import { readRememberedProvider } from '../../shared/providers/rememberedProvider';
import { useSessionTimeline } from '../../shared/timeline';
import type { Finding } from '../../shared/findings/logic';
import {
  pastedForBundle,
  type PastedExplanation,
  type SupportBundleExtras,
  type SupportBundleInput,
} from './logic';
import type { DoctorState } from './useDoctor';

/** Who sends the bundle, and their groups by source: what a reader compares. */
function useSenderGroups(): Pick<
  SupportBundleExtras,
  'sender' | 'groupsBySource'
> {
  const { token, userinfo, membership } = useMyAccessData();
  return useMemo((): Pick<SupportBundleExtras, 'sender' | 'groupsBySource'> => {
    const identity = token.value?.identity;
    if (!identity) return {};
    const member = membership.value;
    const groups =
      member?.available && member.userFound ? member.groups : undefined;
    const provider = readRememberedProvider();
    return {
      sender: {
        userEntityRef: identity.userEntityRef,
        ownershipRefs: [...identity.ownershipEntityRefs],
        ...(provider && { provider }),
      },
      groupsBySource: {
        identity: [...identity.ownershipEntityRefs],
        ...(userinfo.value?.claims.ent && {
          userinfo: [...userinfo.value.claims.ent],
        }),
        ...(groups && {
          catalogDirect: groups.filter(g => g.depth === 1).map(g => g.ref),
          catalogInherited: groups.filter(g => g.depth > 1).map(g => g.ref),
        }),
      },
    };
  }, [token.value, userinfo.value, membership.value]);
}

/** The page's ownership comparison (made once, by its data layer), summarised. */
function useGroupsSummary(): GroupsSummary | undefined {
  const { token, userinfo, membership, ownership } = useMyAccessData();
  return useMemo(() => {
    const identity = token.value?.identity;
    if (!identity || !ownership) return undefined;
    const errors = [userinfo.error, membership.error]
      .filter((e): e is Error => Boolean(e))
      .map(e => e.message);
    return summarizeGroups({
      userEntityRef: identity.userEntityRef,
      comparison: ownership,
      catalogRead: Boolean(membership.value?.available),
      errors,
    });
  }, [token.value, ownership, userinfo.error, membership]);
}

/**
 * Assembles the support bundle, when asked, from what the page already
 * holds: the doctor's run and findings, the decoded token, the ownership
 * comparison, the pasted text's explanation and the page's extras. Nothing
 * is read or diagnosed again.
 */
export function useSupportBundleInput(props: {
  doctor: DoctorState;
  findings: Finding[];
  openDoors: Finding[];
  pasted: PastedExplanation;
  permissionSummary?: PermissionSummary;
  getBundleExtras?: () =>
    Pick<SupportBundleExtras, 'actions' | 'accessChanges'> | undefined;
  now: () => number;
}): () => SupportBundleInput {
  const { token } = useMyAccessData();
  const { getEvents: getSessionEvents } = useSessionTimeline();
  const groups = useGroupsSummary();
  const senderGroups = useSenderGroups();
  const { doctor, findings, openDoors, pasted, now } = props;
  return () => {
    const decoded = token.value?.decoded;
    return {
      generatedAtMs: now(),
      environment: doctor.value?.environment ?? {},
      findings,
      openDoors,
      checksEvaluatedAtMs: doctor.value?.evaluatedAtMs,
      decoded: decoded?.ok
        ? { header: decoded.token.header, payload: decoded.token.payload }
        : undefined,
      groups,
      permissions: props.permissionSummary,
      timeline: getSessionEvents(),
      pasted: pastedForBundle(pasted),
      token: token.value?.token,
      ...senderGroups,
      ...props.getBundleExtras?.(),
    };
  };
}
