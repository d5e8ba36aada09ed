import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CloseIcon from '@material-ui/icons/Close';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { accessInspectorSignInTranslationRef } from '../shared/translations/signInTranslationRef';
import { useFindingText } from '../shared/findings/useFindingText';
import { bannerFinding, type ExpiryCountdown, type ExpiryView } from './logic';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(1, 2),
    boxSizing: 'border-box',
    borderRadius: theme.shape.borderRadius,
    // A Backstage app has no slot for app-wide messages: the banner sits in
    // the bottom corner, as core's DismissableBanner does when fixed, clear
    // of the sidebar's items and of the page header and title above.
    position: 'fixed',
    right: theme.spacing(2),
    bottom: theme.spacing(2),
    maxWidth: `min(40rem, calc(100vw - ${theme.spacing(4)}px))`,
    zIndex: theme.zIndex.snackbar,
    boxShadow: theme.shadows[6],
    // On phones the sidebar is a bar along the bottom: stay above it.
    [theme.breakpoints.down('xs')]: {
      left: theme.spacing(1),
      right: theme.spacing(1),
      bottom: 56 + theme.spacing(1),
      maxWidth: 'none',
    },
  },
  warning: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  error: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  text: {
    flex: '1 1 20rem',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
}));

/**
 * Props of {@link TokenExpiryBannerView}.
 */
export type TokenExpiryBannerViewProps = {
  view: ExpiryView;
  onRefresh: () => void;
  onDismiss: () => void;
  onSignInAgain: () => void;
  /** Why signing out failed. */
  signOutError?: string;
};

/**
 * The banner itself: props only, no data fetching.
 */
export function TokenExpiryBannerView(props: TokenExpiryBannerViewProps) {
  const { view, onRefresh, onDismiss, onSignInAgain, signOutError } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorSignInTranslationRef);
  const text = useFindingText(accessInspectorSignInTranslationRef, 'banner');

  if (view.kind === 'hidden') return null;
  const finding = bannerFinding(view, text);
  const tone = finding.severity === 'warning' ? classes.warning : classes.error;

  const countdownText = (countdown: ExpiryCountdown) =>
    countdown.unit === 'minute'
      ? t('banner.countdown.minutes', { count: countdown.value })
      : t('banner.countdown.seconds', { count: countdown.value });
  // role="timer" is not announced on every tick: the surrounding region is
  // announced when the banner appears, not once a second.
  const timer = (countdown: ExpiryCountdown) => (
    <span role="timer">{countdownText(countdown)}</span>
  );

  const refreshButton = (label: string) => (
    <Button
      variant="outlined"
      color="inherit"
      size="small"
      onClick={onRefresh}
      disabled={view.refreshing}
    >
      {view.refreshing ? t('banner.actions.refreshing') : label}
    </Button>
  );
  const signInButton = (
    <Button
      variant="outlined"
      color="inherit"
      size="small"
      onClick={onSignInAgain}
    >
      {t('banner.actions.signInAgain')}
    </Button>
  );
  const dismissButton = (
    <IconButton
      size="small"
      color="inherit"
      aria-label={t('banner.actions.dismiss')}
      onClick={onDismiss}
    >
      <CloseIcon fontSize="small" />
    </IconButton>
  );
  const signOutFailure = signOutError ? (
    <Typography variant="body2" component="p">
      {t('banner.signOutFailed', { detail: signOutError })}
    </Typography>
  ) : null;

  if (view.kind === 'warning') {
    return (
      <div
        role="status"
        aria-live="polite"
        className={`${classes.root} ${tone}`}
      >
        <div className={classes.text}>
          <Typography variant="body2" component="p">
            <strong>
              {finding.title} {timer(view.countdown)}.
            </strong>{' '}
            {finding.detail}
          </Typography>
        </div>
        <div className={classes.actions}>
          {view.canRefresh ? refreshButton(t('banner.actions.refresh')) : null}
          {dismissButton}
        </div>
      </div>
    );
  }

  if (view.kind === 'expired') {
    return (
      <div role="alert" className={`${classes.root} ${tone}`}>
        <div className={classes.text}>
          <Typography variant="body2" component="p">
            <strong>{finding.title}</strong> {finding.detail}
          </Typography>
          {signOutFailure}
        </div>
        <div className={classes.actions}>
          {signInButton}
          {refreshButton(t('banner.actions.refresh'))}
        </div>
      </div>
    );
  }

  const network = view.reason === 'network';
  return (
    <div role="alert" className={`${classes.root} ${tone}`}>
      <div className={classes.text}>
        <Typography variant="body2" component="p">
          <strong>{finding.title}</strong> {finding.detail}{' '}
          {view.countdown ? (
            <>
              {t('banner.failed.stillValidFor')} {timer(view.countdown)}.
            </>
          ) : null}
          {view.expired ? t('banner.failed.expiredNote') : null}
        </Typography>
        {view.detail ? (
          <Typography variant="caption" component="p">
            {t('banner.failed.detail', { detail: view.detail })}
          </Typography>
        ) : null}
        {signOutFailure}
      </div>
      <div className={classes.actions}>
        {network ? refreshButton(t('banner.actions.tryAgain')) : signInButton}
        {view.expired ? null : dismissButton}
      </div>
    </div>
  );
}
