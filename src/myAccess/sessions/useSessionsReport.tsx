import {
  createContext,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import {
  mergeSessionReport,
  type ReportedProviderSession,
} from './logic/sessionReport';

type SessionsReport = {
  report(order: number, session: ReportedProviderSession | undefined): void;
  reportIdToken(
    providerId: string,
    idToken: ReportedProviderSession['idToken'] | undefined,
  ): void;
  read(): ReportedProviderSession[];
};

const Context = createContext<SessionsReport | undefined>(undefined);
const readNothing = () => undefined;

/**
 * Keeps what the provider sessions card shows, for the support bundle to
 * read when it is made: the card's own reads, not a second fetch. Held in a
 * plain store, so reporting renders nothing again.
 */
export function SessionsReportProvider(props: { children: ReactNode }) {
  const [store] = useState((): SessionsReport => {
    const sessions = new Map<
      string,
      { order: number; session: ReportedProviderSession }
    >();
    const idTokens = new Map<string, ReportedProviderSession['idToken']>();
    return {
      report: (order, session) => {
        if (session) sessions.set(session.providerId, { order, session });
      },
      reportIdToken: (providerId, idToken) => {
        if (idToken) idTokens.set(providerId, idToken);
        else idTokens.delete(providerId);
      },
      read: () =>
        [...sessions.values()]
          .sort((a, b) => a.order - b.order)
          .map(({ session }) =>
            mergeSessionReport(session, idTokens.get(session.providerId)),
          ),
    };
  });
  return <Context.Provider value={store}>{props.children}</Context.Provider>;
}

/** Reports one provider's session as its card shows it; a no-op outside My Access. */
export function useReportProviderSession(
  order: number,
  session: ReportedProviderSession | undefined,
) {
  const store = useContext(Context);
  useEffect(() => store?.report(order, session), [store, order, session]);
}

/** Reports the ID token claims the card shows, while it shows them. */
export function useReportIdToken(
  providerId: string,
  idToken: ReportedProviderSession['idToken'] | undefined,
) {
  const store = useContext(Context);
  useEffect(() => {
    store?.reportIdToken(providerId, idToken);
    return () => store?.reportIdToken(providerId, undefined);
  }, [store, providerId, idToken]);
}

/** Reads what the sessions card reported, when a bundle is made. */
export function useReadProviderSessions(): () =>
  ReportedProviderSession[] | undefined {
  const store = useContext(Context);
  return store ? store.read : readNothing;
}

/** For a provider whose card has no hooks of its own (guest, no API). */
export function ReportProviderSession(props: {
  order: number;
  session: ReportedProviderSession;
}) {
  useReportProviderSession(props.order, props.session);
  return null;
}
