import { useMemo } from 'react';
import { Progress } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { FindingList, useFindingText } from '../../shared/findings';
import { useNowSeconds } from '../../shared/hooks/useNowSeconds';
import { explainClaims, type JsonObject } from '../../shared/logic/token';
import { accessInspectorSignInTranslationRef } from '../../shared/translations/signInTranslationRef';
import { CallErrorPanel } from '../components/CallErrorPanel';
import { ClaimsTable } from '../components/ClaimsTable';
import { useProviderIdToken } from '../data/useMyAccessData';
import { readGroupsClaimOptions } from '../logic/groupsClaimOptions';
import { accessInspectorTranslationRef } from '../translation';
import {
  idTokenFindings,
  summarizeIdToken,
  type SummaryTime,
} from './logic/idTokenSummary';
import type { ReportedProviderSession } from './logic/sessionReport';
import { useReportIdToken } from './useSessionsReport';

const useStyles = makeStyles(theme => ({
  summary: {
    margin: theme.spacing(1, 0),
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
}));

function DecodedIdToken(props: { provider: string; payload: JsonObject }) {
  const { provider, payload } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const text = useFindingText(accessInspectorTranslationRef, 'providersCard');
  const labels = useFindingText(accessInspectorSignInTranslationRef, 'finding');
  const config = useApi(configApiRef);
  const groupClaims = useMemo(
    () => readGroupsClaimOptions(config).claimNames,
    [config],
  );
  const nowSeconds = useNowSeconds();
  const summary = summarizeIdToken(payload, nowSeconds);
  const findings = idTokenFindings(summary, text);
  const missing = t('providersCard.idTokenMissingClaim');
  const when = (time?: SummaryTime) =>
    time
      ? t('providersCard.idTokenTime', {
          relative: time.relative,
          absolute: time.absolute,
        })
      : missing;

  return (
    <>
      <Typography variant="subtitle2" component="h4">
        {t('providersCard.idToken', { provider })}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {t('providersCard.idTokenNotVerified')}
      </Typography>
      <dl className={classes.summary}>
        <Typography variant="body2" component="dt">
          {t('providersCard.idTokenIssuer')}
        </Typography>
        <Typography variant="body2" component="dd">
          {summary.issuer ? <bdi>{summary.issuer}</bdi> : missing}
        </Typography>
        <Typography variant="body2" component="dt">
          {t('providersCard.idTokenAudience')}
        </Typography>
        <Typography variant="body2" component="dd">
          {summary.audience.length > 0 ? (
            <bdi>{summary.audience.join(', ')}</bdi>
          ) : (
            missing
          )}
        </Typography>
        <Typography variant="body2" component="dt">
          {t('providersCard.idTokenIssued')}
        </Typography>
        <Typography variant="body2" component="dd">
          {when(summary.issuedAt)}
        </Typography>
        <Typography variant="body2" component="dt">
          {t('providersCard.idTokenExpires')}
        </Typography>
        <Typography variant="body2" component="dd">
          {when(summary.expiresAt)}
        </Typography>
      </dl>
      {findings.length > 0 && (
        <FindingList
          findings={findings}
          label={t('providersCard.idToken', { provider })}
          labels={labels}
        />
      )}
      <Box mt={1}>
        <ClaimsTable
          label={t('providersCard.idTokenClaims', { provider })}
          claims={explainClaims(payload, nowSeconds, {
            token: 'id',
            groupClaims,
          })}
          showNames
        />
      </Box>
    </>
  );
}

/**
 * The ID token of a signed-in provider whose API offers one, decoded when
 * this mounts (the user asked for it) and explained claim by claim. Only the
 * decoded header and payload are held; the raw token and its signature never
 * reach React state.
 */
export function IdTokenClaims(props: {
  id: string;
  /** The provider's id, to report the claims shown to the support bundle. */
  providerId?: string;
  provider: string;
  api: object;
  apiRef?: { id: string };
}) {
  const { provider } = props;
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const idToken = useProviderIdToken(props.api, props.apiRef);
  // What is shown, for the support bundle: the decoded claims, never the token.
  const reported = useMemo((): ReportedProviderSession['idToken'] => {
    const value = idToken.value;
    if (!value) return undefined;
    if (value.kind === 'decoded') {
      return { status: 'decoded', claims: value.token.payload };
    }
    if (value.kind === 'undecodable') {
      return { status: 'undecodable', reason: value.error.message };
    }
    return { status: value.kind };
  }, [idToken.value]);
  useReportIdToken(props.providerId ?? props.provider, reported);

  let body;
  if (idToken.loading) {
    body = <Progress />;
  } else if (idToken.error) {
    body = (
      <CallErrorPanel
        call={t('providersCard.idTokenRead', { provider })}
        error={idToken.error}
        onRetry={idToken.retry}
      />
    );
  } else if (!idToken.value || idToken.value.kind === 'none') {
    body = (
      <Typography variant="body2">
        {t('providersCard.idTokenNone', { provider })}
      </Typography>
    );
  } else if (idToken.value.kind === 'undecodable') {
    body = (
      <Typography variant="body2" color="error">
        {t('providersCard.idTokenFailed', {
          provider,
          reason: idToken.value.error.message,
        })}
      </Typography>
    );
  } else if (idToken.value.kind === 'decoded') {
    body = (
      <DecodedIdToken
        provider={provider}
        payload={idToken.value.token.payload}
      />
    );
  } else {
    body = <OAuthOnlyExplanation provider={provider} />;
  }
  return (
    <Box id={props.id} mt={1}>
      {body}
    </Box>
  );
}

/**
 * What a browser cannot see of an OAuth-only provider's session, and why.
 */
export function OAuthOnlyExplanation(props: { provider: string }) {
  const { provider } = props;
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return (
    <Box mt={1}>
      <Typography variant="subtitle2" component="h4">
        {t('providersCard.oauthOnlyTitle')}
      </Typography>
      {(['oauthOnlyToken', 'oauthOnlyProfile', 'oauthOnlyScopes'] as const).map(
        key => (
          <Typography key={key} variant="body2" color="textSecondary">
            {t(`providersCard.${key}`, { provider })}
          </Typography>
        ),
      )}
    </Box>
  );
}
