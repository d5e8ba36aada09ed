import { useCallback, useState, type ReactNode } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  ExplainedClaim,
  SensitiveClaimKind,
} from '../../shared/logic/token';
import { accessInspectorTranslationRef } from '../translation';

const useStyles = makeStyles(theme => ({
  toggle: {
    marginLeft: theme.spacing(1),
    fontFamily: theme.typography.fontFamily,
  },
}));

const KIND_KEYS = {
  'limited-token signature': 'secretClaim.kindLimitedTokenSignature',
  JWT: 'secretClaim.kindJwt',
  signature: 'secretClaim.kindSignature',
  secret: 'secretClaim.kindSecret',
} as const satisfies Record<SensitiveClaimKind, string>;

/**
 * "Hidden: limited-token signature, 86 characters": what stands in for a
 * sensitive claim on screen and in everything copied.
 */
export function useHiddenClaimText() {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return useCallback(
    (claim: { sensitive: SensitiveClaimKind; display: string }) =>
      t('secretClaim.hidden', {
        kind: t(KIND_KEYS[claim.sensitive]),
        length: String(claim.display.length),
      }),
    [t],
  );
}

/**
 * A claim's value, isolated from the text around it (a right-to-left
 * override stays inside). A value that works as a credential is hidden
 * behind a Reveal button until the user asks for it.
 */
export function SecretClaimValue(props: {
  claim: ExplainedClaim;
  /** How to show the value in clear; defaults to `claim.display`. */
  children?: ReactNode;
}) {
  const { claim } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const hiddenText = useHiddenClaimText();
  const [revealed, setRevealed] = useState(false);
  const clear = <bdi>{props.children ?? claim.display}</bdi>;

  if (!claim.sensitive) return clear;
  return (
    <>
      {revealed ? (
        clear
      ) : (
        <Typography component="span" variant="body2" color="textSecondary">
          {hiddenText({ sensitive: claim.sensitive, display: claim.display })}
        </Typography>
      )}
      <Button
        size="small"
        className={classes.toggle}
        aria-label={t(
          revealed ? 'secretClaim.hideLabel' : 'secretClaim.revealLabel',
          { claim: claim.name },
        )}
        onClick={() => setRevealed(r => !r)}
      >
        {revealed ? t('secretClaim.hide') : t('secretClaim.reveal')}
      </Button>
    </>
  );
}
