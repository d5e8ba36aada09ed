import type { ReportedProviderSession } from '../../logic/providerSessionReport';

export type { ReportedProviderSession };

/** A session's report with the ID token its card reported apart, if any. */
export function mergeSessionReport(
  session: ReportedProviderSession,
  idToken: ReportedProviderSession['idToken'] | undefined,
): ReportedProviderSession {
  if (session.kind !== 'oauth' || session.state !== 'signedIn') return session;
  if (session.idToken?.status === 'oauthOnly') return session;
  return { ...session, idToken: idToken ?? { status: 'notShown' } };
}
