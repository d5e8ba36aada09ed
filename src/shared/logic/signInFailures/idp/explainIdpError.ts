import type { FindingEvidence, FindingText } from '../../../findings/logic';
import {
  signInFinding,
  type SignInFinding,
  type SignInFindingId,
} from '../findings';
import type { IdpErrorReading } from './readIdpError';
import type { IdpCatalogEntry, IdpSource, OAuthErrorCode } from './types';

/** The finding of each code family; the others are the IdP's own words. */
export const IDP_ERROR_FINDINGS: Partial<
  Record<OAuthErrorCode, SignInFindingId>
> = {
  redirect_uri_mismatch: 'idpRedirectUriMismatch',
  invalid_client: 'idpInvalidClient',
  unauthorized_client: 'idpUnauthorizedClient',
  invalid_grant: 'idpInvalidGrant',
  invalid_scope: 'idpInvalidScope',
  access_denied: 'idpAccessDenied',
  consent_required: 'idpConsentRequired',
  login_required: 'idpLoginRequired',
  interaction_required: 'idpInteractionRequired',
};

/**
 * The causes of a bare code, most likely first: keys of
 * `idpCatalog.families.<code>`. A code with one meaning has none.
 */
export const FAMILY_CAUSES: Partial<Record<OAuthErrorCode, readonly string[]>> =
  {
    invalid_client: ['secret', 'clientId', 'notSubstituted', 'authMethod'],
    unauthorized_client: ['secret', 'grant', 'disabled', 'clientType'],
    access_denied: ['userChoice', 'policy', 'adminConsent'],
    invalid_grant: ['codeReused', 'redirectAtToken', 'refreshRevoked'],
  };

// A description that says someone chose to stop, rather than a refusal.
const USER_CHOICE = /\b(denied|deny|cancel(?:l?ed)?|abort(?:ed)?|declined?)\b/i;
const REFUSAL =
  /\bnot (assigned|authori[sz]ed|allowed|permitted)\b|polic|consent|admin/i;

/** The facts of the sign-in an explanation fills in. */
export type IdpExplainParams = Record<string, string | number> & {
  provider: string;
  providerId: string;
  environment: string;
  callbackUrl: string;
};

/** Where the source says it: the document's title and address. */
export function formatIdpSource(source: IdpSource): string {
  const where =
    source.url ??
    (source.repo ? `${source.repo}: ${source.path ?? ''}` : undefined);
  return where ? `${source.title} (${where})` : source.title;
}

/**
 * Explains what an identity provider answered: its catalog entry when its
 * words are known (title, cause and fix in Backstage's terms, the causes
 * in order when there are several), else the code family's finding with
 * that code's causes in order. A description the IdP sent wins over the
 * code: `access_denied` with a reason that is no Deny is explained by the
 * reason. The finding's id is the family's, so callers can tell the family.
 */
export function explainIdpError(
  reading: IdpErrorReading,
  params: IdpExplainParams,
  text: FindingText,
  evidence: { callbackUrl?: string; raw: FindingEvidence[] },
): SignInFinding {
  const { entry, family, code, description, idp } = reading;
  const idpName = idp ? text(`idpCatalog.idps.${idp}`) : params.provider;
  const p = {
    ...params,
    // A pasted text may name no provider: the IdP its words name speaks,
    // and the provider's config key is to fill in.
    provider: !params.providerId && idp ? idpName : params.provider,
    providerId: params.providerId || '<provider id>',
    idp: idpName,
    code: code ?? family,
    description: description ?? '',
    idpError: family,
  };
  const ev = (label: string, value: string | undefined) =>
    value ? [{ label, value }] : [];
  const shared: FindingEvidence[] = [
    ...ev(text('idpCatalog.evidence.idp'), idp && idpName),
    ...ev(text('evidence.idpError'), code ?? family),
    ...(code && code !== family
      ? ev(text('idpCatalog.evidence.family'), family)
      : []),
    ...ev(text('idpCatalog.evidence.said'), description),
  ];
  const callback = ev(text('evidence.callbackUrl'), evidence.callbackUrl);

  if (entry)
    return entryFinding(entry, p, text, [
      ...shared,
      ...ev(text('idpCatalog.evidence.source'), formatIdpSource(entry.source)),
      ...(entry.callbackUrl || family === 'redirect_uri_mismatch'
        ? callback
        : []),
      ...evidence.raw,
    ]);

  const id = IDP_ERROR_FINDINGS[family] ?? 'idpOther';
  const all = [
    ...shared,
    ...(family === 'redirect_uri_mismatch' ? callback : []),
    ...evidence.raw,
  ];
  const familyCauses = (keys: readonly string[], scope: string) =>
    keys.map(k => text(`${scope}.${k}`, p));

  if (family === 'access_denied' && description) {
    if (USER_CHOICE.test(description) && !REFUSAL.test(description)) {
      // The IdP says someone stopped: its code's own finding, that cause first.
      return {
        ...signInFinding(text, id, 'warning', p, all),
        causes: familyCauses(
          ['userChoice', 'policy', 'adminConsent'],
          'idpCatalog.families.access_denied',
        ),
      };
    }
    const scope = 'idpCatalog.describedAccessDenied';
    return {
      id,
      severity: 'problem',
      title: text(`${scope}.title`, p),
      detail: text(`${scope}.detail`, p),
      fix: text(`${scope}.fix`, p),
      causes: familyCauses(
        ['policy', 'consent', 'userChoice'],
        `${scope}.causes`,
      ),
      ...(all.length > 0 && { evidence: all }),
    };
  }

  const quiet = /_required$|access_denied/.test(family);
  const finding = signInFinding(
    text,
    id,
    quiet ? 'warning' : 'problem',
    p,
    all,
  );
  const causes = FAMILY_CAUSES[family];
  return causes
    ? {
        ...finding,
        causes: familyCauses(causes, `idpCatalog.families.${family}`),
      }
    : finding;
}

function entryFinding(
  entry: IdpCatalogEntry,
  p: Record<string, string | number>,
  text: FindingText,
  evidence: FindingEvidence[],
): SignInFinding {
  const key = `idpCatalog.entries.${entry.id}`;
  return {
    id: IDP_ERROR_FINDINGS[entry.family] ?? 'idpOther',
    severity: entry.warning ? 'warning' : 'problem',
    title: text(`${key}.title`, p),
    detail: text(`${key}.detail`, p),
    fix: text(`${key}.fix`, p),
    ...(entry.causes && {
      causes: entry.causes.map(c => text(`${key}.causes.${c}`, p)),
    }),
    ...(evidence.length > 0 && { evidence }),
  };
}
