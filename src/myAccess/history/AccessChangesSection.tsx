import { useState } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Link from '@material-ui/core/Link';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { accessInspectorTranslationRef } from '../translation';
import { useAccessHistory } from './useAccessHistory';
import { CHANGE_CARD, type AccessChange } from './logic';
import { CARD_ANCHORS } from '../cardAnchors';

const useStyles = makeStyles(theme => ({
  list: { margin: theme.spacing(1, 0), paddingLeft: theme.spacing(3) },
  item: { overflowWrap: 'anywhere', marginBottom: theme.spacing(0.5) },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1, 2),
    marginTop: theme.spacing(1),
  },
}));

// Keys are built from a change's kind: the typed `t` cannot check them.
type T = (key: string, params?: Record<string, string | number>) => string;

function formatWhen(ms: number): string {
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(ms));
}

function formatSeconds(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

function decision(t: T, value: string): string {
  return value === 'ALLOW' || value === 'DENY' || value === 'PER_RESOURCE'
    ? t(`history.decision.${value}`)
    : t('history.decision.other', { decision: value });
}

// `catalog:catalog.entity.delete` reads as `catalog.entity.delete`: the
// plugin id is only there to tell apart permissions of the same name.
function permissionName(key: string): string {
  return key.replace(/^([\w-]+):(?=\1\.)/, '');
}

/** One change in words. */
export function describeChange(t: T, change: AccessChange): string {
  switch (change.kind) {
    case 'groupLeft':
    case 'groupJoined':
      return t(
        `history.change.${change.kind}${change.inherited ? 'Inherited' : ''}`,
        { ref: change.ref },
      );
    case 'ownershipRemoved':
    case 'ownershipAdded':
      return t(`history.change.${change.kind}`, { ref: change.ref });
    case 'claimRemoved':
    case 'claimAdded':
      return t(`history.change.${change.kind}`, { value: change.value });
    case 'permissionChanged':
      return t('history.change.permissionChanged', {
        permission: permissionName(change.permission),
        from: decision(t, change.from),
        to: decision(t, change.to),
      });
    case 'permissionGone':
    case 'permissionNew':
      return t(`history.change.${change.kind}`, {
        permission: permissionName(change.permission),
        decision: decision(t, change.decision),
      });
    case 'actionRemoved':
    case 'actionAdded':
      return t(`history.change.${change.kind}`, { action: change.action });
    case 'providerChanged':
      return t('history.change.providerChanged', change);
    case 'lifetimeChanged':
      return t('history.change.lifetimeChanged', {
        from: formatSeconds(change.fromSeconds),
        to: formatSeconds(change.toSeconds),
      });
    default:
      return '';
  }
}

/**
 * "Since your last visit": what changed in the user's access since the last
 * snapshot this browser kept, each change linked to the card that shows it.
 */
export function AccessChangesSection() {
  const history = useAccessHistory();
  const classes = useStyles();
  const { t: typed } = useTranslationRef(accessInspectorTranslationRef);
  const t = typed as unknown as T;
  const [note, setNote] = useState<string>();
  if (!history) return null;
  const { state } = history;

  let body;
  if (state.status === 'loading') {
    body = (
      <>
        <Typography variant="body2">{t('history.comparing')}</Typography>
        <Progress />
      </>
    );
  } else {
    const { read, diff, saved } = state;
    const lines: string[] = [];
    if (read.status === 'disabled') lines.push(t('history.off'));
    if (read.status === 'unavailable') {
      lines.push(t('history.unavailable', { message: read.message }));
    }
    if (read.status === 'first') lines.push(t('history.first'));
    if (read.status === 'discarded')
      lines.push(t(`history.discarded.${read.why}`));
    if (saved && !saved.ok && read.status !== 'unavailable') {
      lines.push(
        t(`history.saveFailed.${saved.why}`, { message: saved.message ?? '' }),
      );
    }
    const when =
      read.status === 'found' ? formatWhen(read.snapshot.takenAt) : '';
    body = (
      <>
        {diff && diff.changes.length === 0 && (
          <Typography variant="body2">
            {t('history.unchanged', { when })}
          </Typography>
        )}
        {diff && diff.changes.length > 0 && (
          <>
            <Typography variant="body2">
              {t('history.since', { when })}
            </Typography>
            <ul className={classes.list} aria-label={t('history.title')}>
              {diff.changes.map((change, i) => {
                const card = CHANGE_CARD[change.kind];
                return (
                  <li key={i} className={classes.item}>
                    <Typography variant="body2" component="span">
                      {describeChange(t, change)}{' '}
                      <Link href={`#${CARD_ANCHORS[card]}`}>
                        {`${t('history.showPrefix')} ${t(`history.show.${card}`)}`}
                      </Link>
                    </Typography>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {diff && diff.notCompared.length > 0 && (
          <Typography variant="body2" color="textSecondary">
            {t('history.notCompared', {
              parts: diff.notCompared
                .map(p => t(`history.parts.${p}`))
                .join(', '),
            })}
          </Typography>
        )}
        {lines.map(line => (
          <Typography key={line} variant="body2">
            {line}
          </Typography>
        ))}
      </>
    );
  }

  return (
    <InfoCard title={t('history.title')}>
      <Box id="access-inspector-history">{body}</Box>
      <Box className={classes.controls}>
        <FormControlLabel
          control={
            <Switch
              checked={history.enabled}
              onChange={(_e, on) => {
                const result = history.setEnabled(on);
                setNote(
                  result.ok
                    ? undefined
                    : t(`history.saveFailed.${result.why}`, {
                        message: result.message ?? '',
                      }),
                );
              }}
              color="primary"
            />
          }
          label={t('history.remember')}
        />
        <Button
          variant="outlined"
          size="small"
          onClick={() => {
            const result = history.forgetAll();
            setNote(
              result.ok
                ? t('history.forgotten', { count: result.removed })
                : t('history.forgetFailed', { message: result.message }),
            );
          }}
        >
          {t('history.forget')}
        </Button>
      </Box>
      {note && (
        <Typography variant="body2" role="status">
          {note}
        </Typography>
      )}
    </InfoCard>
  );
}
