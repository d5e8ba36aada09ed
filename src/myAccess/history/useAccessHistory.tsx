import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useApiHolder } from '@backstage/core-plugin-api';
import { useOptionalMyAccessData } from '../data/useMyAccessData';
import { AccessReportContext } from '../data/useReportAccess';
import type { ReportedPart } from '../logic/reportedAccess';
import { readRememberedProvider } from '../../shared/providers/rememberedProvider';
import { accessHistoryApiRef, type AccessHistoryApi } from './AccessHistoryApi';
import {
  buildSnapshot,
  diffAccess,
  type AccessDiff,
  type AccessObservations,
  type HistoryRead,
  type HistorySave,
} from './logic';

export type { ReportedPart };

/** What the "Since your last visit" section shows. */
export type AccessHistoryState =
  | { status: 'loading' }
  | {
      status: 'done';
      read: HistoryRead;
      diff?: AccessDiff;
      saved?: HistorySave;
    };

type HistoryContext = {
  state: AccessHistoryState;
  /** What this visit observed, once every part has been reported. */
  observed?: AccessObservations;
  report: (part: ReportedPart, value: unknown) => void;
  enabled: boolean;
  setEnabled: (enabled: boolean) => HistorySave;
  forgetAll: () => ReturnType<AccessHistoryApi['forgetAll']>;
};

const Context = createContext<HistoryContext | undefined>(undefined);
const LatestContext = createContext<
  { current: HistoryContext | undefined } | undefined
>(undefined);

/** How long a card may take to report before the visit is kept without it. */
const REPORT_GRACE_MS = 30_000;

/**
 * Collects what My Access shows on this visit, compares it with the last
 * visit kept in this browser and keeps this one. Cards report their part
 * with `useReportAccess` (from the data layer); a part a card reports as
 * `null` (it failed, or has nothing to say) is not compared.
 */
export function AccessHistoryProvider(props: {
  children: ReactNode;
  /** The parts the page's cards report: the visit is kept once all have. */
  expect: ReportedPart[];
}) {
  // An app that left the history's API out gets the page without it.
  const api = useApiHolder().get(accessHistoryApiRef);
  if (!api) return <>{props.children}</>;
  return <HistoryProvider {...props} api={api} />;
}

function HistoryProvider(props: {
  children: ReactNode;
  expect: ReportedPart[];
  api: AccessHistoryApi;
}) {
  const { api } = props;
  const data = useOptionalMyAccessData();
  const [reported, setReported] = useState<Map<ReportedPart, unknown>>(
    () => new Map(),
  );
  const [enabled, setEnabledState] = useState(() => api.isEnabled());
  const [graceOver, setGraceOver] = useState(false);
  const [saved, setSaved] = useState<HistorySave>();
  const savedFor = useRef<string>();

  const token = data?.token;
  const membership = data?.membership;
  const userRef = token?.value?.identity.userEntityRef;

  // The last visit is read once per user and page view: keeping this visit
  // must not make it compare with itself.
  const read = useMemo<HistoryRead | undefined>(
    () => (userRef ? api.readLast(userRef) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, userRef, enabled],
  );

  const report = useCallback((part: ReportedPart, value: unknown) => {
    setReported(previous => {
      if (previous.has(part) && previous.get(part) === value) return previous;
      const next = new Map(previous);
      next.set(part, value);
      return next;
    });
  }, []);

  const tokenSettled = !!token && !token.loading;
  const membershipSettled = !!membership && !membership.loading;
  useEffect(() => {
    if (!tokenSettled) return undefined;
    const timer = setTimeout(() => setGraceOver(true), REPORT_GRACE_MS);
    return () => clearTimeout(timer);
  }, [tokenSettled]);

  const complete =
    tokenSettled &&
    membershipSettled &&
    (graceOver || props.expect.every(part => reported.has(part)));

  const observed = useMemo<AccessObservations | undefined>(() => {
    if (!complete || !userRef || !token?.value) return undefined;
    const decoded = token.value.decoded;
    const payload = decoded?.ok ? decoded.token.payload : undefined;
    const member = membership?.value;
    const part = <K extends ReportedPart>(name: K) =>
      (reported.get(name) ?? undefined) as AccessObservations[K];
    return {
      userRef,
      provider: readRememberedProvider(),
      token: payload && { iat: payload.iat, exp: payload.exp },
      ownershipRefs: token.value.identity.ownershipEntityRefs,
      catalogGroups:
        member?.available && !membership?.error
          ? {
              direct: member.userFound
                ? member.groups.filter(g => g.depth === 1).map(g => g.ref)
                : [],
              inherited: member.userFound
                ? member.groups.filter(g => g.depth > 1).map(g => g.ref)
                : [],
            }
          : undefined,
      groupsClaim: part('groupsClaim'),
      permissions: part('permissions'),
      actions: part('actions'),
    };
  }, [complete, userRef, token, membership, reported]);

  const snapshot = useMemo(
    () => (observed ? buildSnapshot(observed, Date.now()) : undefined),
    [observed],
  );

  useEffect(() => {
    if (!snapshot || !enabled || savedFor.current === snapshot.userRef) return;
    savedFor.current = snapshot.userRef;
    setSaved(api.save(snapshot));
  }, [api, snapshot, enabled]);

  const state = useMemo<AccessHistoryState>(() => {
    if (
      !read ||
      (!snapshot && read.status !== 'disabled' && read.status !== 'unavailable')
    ) {
      return { status: 'loading' };
    }
    return {
      status: 'done',
      read,
      diff:
        read.status === 'found' && snapshot
          ? diffAccess(read.snapshot, snapshot)
          : undefined,
      saved,
    };
  }, [read, snapshot, saved]);

  const setEnabled = useCallback(
    (on: boolean) => {
      const result = api.setEnabled(on);
      if (result.ok) setEnabledState(on);
      return result;
    },
    [api],
  );
  const forgetAll = useCallback(() => api.forgetAll(), [api]);

  const value = useMemo<HistoryContext>(
    () => ({ state, observed, report, enabled, setEnabled, forgetAll }),
    [state, observed, report, enabled, setEnabled, forgetAll],
  );
  const latest = useRef<HistoryContext>();
  latest.current = value;
  return (
    <AccessReportContext.Provider value={report}>
      <LatestContext.Provider value={latest}>
        <Context.Provider value={value}>{props.children}</Context.Provider>
      </LatestContext.Provider>
    </AccessReportContext.Provider>
  );
}

/** The history of My Access, for its section; undefined outside the page. */
export function useAccessHistory() {
  return useContext(Context);
}

/**
 * The history as it is when read, without rendering again when it changes:
 * for what is read on a click (the support bundle).
 */
export function useLatestAccessHistory(): () => HistoryContext | undefined {
  const latest = useContext(LatestContext);
  return useCallback(() => latest?.current, [latest]);
}
