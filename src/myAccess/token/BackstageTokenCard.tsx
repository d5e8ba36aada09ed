import { useMemo, useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { CopyTextButton } from '../../shared/components/CopyTextButton';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import InfoOutlinedIcon from '@material-ui/icons/InfoOutlined';
import {
  explainClaim,
  explainClaims,
  maskSensitiveClaims,
  readBackstageClaims,
  type DecodedToken,
} from '../../shared/logic/token';
import {
  useBackstageToken,
  type BackstageTokenState,
} from '../data/useBackstageToken';
import {
  useOptionalMyAccessData,
  type AsyncData,
} from '../data/useMyAccessData';
import { useNowSeconds } from '../../shared/hooks/useNowSeconds';
import { accessInspectorTranslationRef } from '../translation';
import { useHiddenClaimText } from '../components/SecretClaimValue';
import { ClaimsTable } from '../components/ClaimsTable';

const useStyles = makeStyles(theme => ({
  mono: {
    fontFamily: 'monospace',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
  },
  raw: {
    fontFamily: 'monospace',
    wordBreak: 'break-all',
    padding: theme.spacing(1),
    background: theme.palette.background.default,
    borderRadius: theme.shape.borderRadius,
  },
  section: {
    marginTop: theme.spacing(2),
    // Backstage's theme lets cells break inside any word ("Subje|ct"); words
    // stay whole, and a value breaks only where it cannot fit (long ids).
    '& th, & td': { wordBreak: 'normal' },
    '& tbody td:first-of-type': { overflowWrap: 'anywhere', minWidth: '36ch' },
  },
  // "Reveal token", the copy icon and the length keep apart, however the
  // copy button is wrapped (its tooltip adds a span around it).
  actions: { gap: theme.spacing(1) },
  noteIcon: { marginRight: theme.spacing(1) },
  copyLabel: { marginLeft: theme.spacing(1) },
}));

/** Props of {@link BackstageTokenCardView}. */
export type BackstageTokenCardViewProps = {
  state: BackstageTokenState;
  /** Current time in seconds since the epoch, for tests; defaults to now. */
  nowSeconds?: number;
};

/** Header and claims as JSON, with every sensitive value masked. */
function useCopyableClaims(token: DecodedToken | undefined): string {
  const hiddenText = useHiddenClaimText();
  return useMemo(
    () =>
      token
        ? JSON.stringify(
            {
              header: maskSensitiveClaims(token.header, hiddenText),
              payload: maskSensitiveClaims(token.payload, hiddenText),
            },
            null,
            2,
          )
        : '',
    [token, hiddenText],
  );
}

/** The card for an identity already read: what {@link BackstageTokenCard} shows. */
export function BackstageTokenCardView(props: BackstageTokenCardViewProps) {
  const { state } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const [revealed, setRevealed] = useState(false);
  const tickingNow = useNowSeconds();
  const nowSeconds = props.nowSeconds ?? tickingNow;
  const copyableClaims = useCopyableClaims(
    state.decoded?.ok ? state.decoded.token : undefined,
  );

  const identityRow = (
    <Typography variant="body1">
      {t('tokenCard.entityRef')}:{' '}
      <strong className={classes.mono}>{state.identity.userEntityRef}</strong>
    </Typography>
  );

  if (!state.token || !state.decoded) {
    return (
      <InfoCard title={t('tokenCard.title')}>
        {identityRow}
        <Box className={classes.section}>
          <WarningPanel severity="error" title={t('tokenCard.noToken')} />
        </Box>
      </InfoCard>
    );
  }

  const { decoded, token } = state;
  const tokenActions = (
    <Box
      display="flex"
      alignItems="center"
      flexWrap="wrap"
      className={`${classes.section} ${classes.actions}`}
    >
      <Button
        variant="outlined"
        size="small"
        onClick={() => setRevealed(r => !r)}
        aria-expanded={revealed}
      >
        {revealed ? t('tokenCard.hideToken') : t('tokenCard.revealToken')}
      </Button>
      {revealed && (
        <CopyTextButton
          text={token}
          aria-label={t('tokenCard.copyToken')}
          tooltipText={t('tokenCard.copyToken')}
        />
      )}
      <Typography variant="caption" color="textSecondary">
        {t('tokenCard.length', { length: String(token.length) })}
      </Typography>
    </Box>
  );
  const rawToken = revealed && (
    <Box
      className={`${classes.raw} ${classes.section}`}
      role="region"
      aria-label={t('tokenCard.rawTokenLabel')}
    >
      {token}
    </Box>
  );

  if (!decoded.ok) {
    return (
      <InfoCard title={t('tokenCard.title')}>
        {identityRow}
        <Box className={classes.section}>
          <WarningPanel
            severity="error"
            title={t('tokenCard.decodeFailed')}
            message={decoded.error.message}
          />
        </Box>
        {tokenActions}
        {rawToken}
      </InfoCard>
    );
  }

  const claims = readBackstageClaims(decoded.token);
  const payloadClaims = explainClaims(decoded.token.payload, nowSeconds);
  const headerClaims = Object.keys(decoded.token.header).map(name =>
    explainClaim(name, decoded.token.header[name], nowSeconds),
  );
  const hasSensitiveClaims = [...headerClaims, ...payloadClaims].some(
    claim => claim.sensitive,
  );
  let typeLabel: string;
  if (claims.kind === 'user') typeLabel = t('tokenCard.typeUser');
  else if (claims.kind === 'limited-user')
    typeLabel = t('tokenCard.typeLimitedUser');
  else typeLabel = t('tokenCard.typeOther', { typ: claims.typ ?? '—' });

  return (
    <InfoCard title={t('tokenCard.title')} subheader={t('tokenCard.subheader')}>
      {identityRow}
      <Box display="flex" alignItems="center" className={classes.section}>
        <Typography variant="body2" component="span">
          {t('tokenCard.tokenType')}:&nbsp;
        </Typography>
        <Chip
          size="small"
          label={typeLabel}
          color={claims.kind === 'other' ? 'secondary' : 'default'}
        />
      </Box>
      <Box display="flex" alignItems="flex-start" className={classes.section}>
        <InfoOutlinedIcon
          fontSize="small"
          color="action"
          className={classes.noteIcon}
        />
        <Typography variant="body2" color="textSecondary">
          {t('tokenCard.notVerified')}
        </Typography>
      </Box>
      <Box className={classes.section}>
        <ClaimsTable
          label={t('tokenCard.header')}
          claims={headerClaims}
          part="header"
        />
      </Box>
      <Box className={classes.section}>
        <ClaimsTable
          label={t('tokenCard.payload')}
          claims={payloadClaims}
          showNames
        />
      </Box>
      {hasSensitiveClaims && (
        <Typography
          variant="body2"
          color="textSecondary"
          className={classes.section}
        >
          {t('tokenCard.secretsNote')}
        </Typography>
      )}
      <Box display="flex" alignItems="center" className={classes.section}>
        <CopyTextButton
          text={copyableClaims}
          aria-label={t('tokenCard.copyClaims')}
          tooltipText={t('tokenCard.copyClaims')}
        />
        <Typography
          variant="body2"
          component="span"
          aria-hidden
          className={classes.copyLabel}
        >
          {t('tokenCard.copyClaims')}
        </Typography>
      </Box>
      {tokenActions}
      {rawToken}
    </InfoCard>
  );
}

function TokenSection(props: { token: AsyncData<BackstageTokenState> }) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const { value, loading, error, retry } = props.token;
  if (loading) return <Progress />;
  if (error) {
    return (
      <>
        <ResponseErrorPanel title={t('errors.identityFailed')} error={error} />
        <Button variant="outlined" onClick={retry}>
          {t('errors.retry')}
        </Button>
      </>
    );
  }
  if (!value) return null;
  return <BackstageTokenCardView state={value} />;
}

function OwnTokenSection() {
  return <TokenSection token={useBackstageToken()} />;
}

/**
 * Shows the signed-in identity and its decoded Backstage token. On My Access
 * it uses the identity the page read; on its own it reads it.
 */
export function BackstageTokenCard() {
  const shared = useOptionalMyAccessData();
  return shared ? <TokenSection token={shared.token} /> : <OwnTokenSection />;
}
