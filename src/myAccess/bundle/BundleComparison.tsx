import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { accessInspectorTranslationRef } from '../translation';
import type { AccessDifference, AnyBundle } from './logic';
import { useCompareWithMine } from './useCompareWithMine';

const useStyles = makeStyles(theme => ({
  list: { margin: theme.spacing(1, 0), paddingLeft: theme.spacing(3) },
  item: { overflowWrap: 'anywhere', marginBottom: theme.spacing(0.5) },
}));

// Keys are built from a difference's kind: the typed `t` cannot check them.
type T = (key: string, params?: Record<string, string | number>) => string;

function describe(t: T, d: AccessDifference): string {
  const word = (decision: string) =>
    decision === 'ALLOW'
      ? t('bundle.compare.allowed')
      : t('bundle.compare.denied');
  switch (d.kind) {
    case 'permission':
      return [
        t('bundle.compare.permission', {
          sender: word(d.sender),
          permission: d.permission,
          resource: d.resourceRef
            ? t('bundle.compare.resource', { ref: d.resourceRef })
            : '',
          mine: word(d.mine),
        }),
        d.onlyMine.length > 0
          ? t('bundle.compare.throughMine', { refs: d.onlyMine.join(', ') })
          : '',
        d.onlySender.length > 0
          ? t('bundle.compare.throughSender', { refs: d.onlySender.join(', ') })
          : '',
        d.resourceType && d.rules
          ? t('bundle.compare.conditional', {
              permission: d.permission,
              resourceType: d.resourceType,
              rules: d.rules.join(', '),
            })
          : '',
      ].join('');
    case 'permissionUnknown':
      return t('bundle.compare.permissionUnknown', {
        permission: d.permission,
      });
    case 'tokenLacksGroup':
    case 'groupOnlyMine':
    case 'groupOnlySender':
      return t(`bundle.compare.${d.kind}`, { ref: d.ref });
    case 'actionOnlyMine':
    case 'actionOnlySender':
      return t(`bundle.compare.${d.kind}`, { action: d.action });
    case 'senderProblems':
      return t('bundle.compare.senderProblems', {
        count: d.count,
        titles: d.titles.join('; '),
      });
    default:
      return '';
  }
}

/**
 * "Compare with my access": evaluates the viewer's access now for what the
 * bundle holds and lists the differences, permissions first.
 */
export function BundleComparison(props: { bundle: AnyBundle }) {
  const classes = useStyles();
  const { t: typed } = useTranslationRef(accessInspectorTranslationRef);
  const t = typed as unknown as T;
  const [state, compare] = useCompareWithMine(props.bundle);
  const comparison = state.value;

  let body;
  if (state.loading) {
    body = (
      <>
        <Typography variant="body2">{t('bundle.compare.running')}</Typography>
        <Progress />
      </>
    );
  } else if (state.error) {
    body = <ResponseErrorPanel error={state.error} />;
  } else if (comparison) {
    body = (
      <>
        <Typography variant="subtitle1" component="h3">
          {t('bundle.compare.title', { me: comparison.me })}
        </Typography>
        {comparison.differences.length === 0 ? (
          <Typography variant="body2">{t('bundle.compare.none')}</Typography>
        ) : (
          <ul
            className={classes.list}
            aria-label={t('bundle.compare.title', { me: comparison.me })}
          >
            {comparison.differences.map((d, i) => (
              <Typography
                key={i}
                variant="body2"
                component="li"
                className={classes.item}
              >
                {describe(t, d)}
              </Typography>
            ))}
          </ul>
        )}
        {comparison.differences.some(d => d.kind === 'permission') && (
          <Typography variant="body2" color="textSecondary">
            {t('bundle.compare.policyNote')}
          </Typography>
        )}
        {comparison.failures.length > 0 && (
          <Typography variant="body2">
            {t('bundle.compare.failed', {
              failures: comparison.failures.join('; '),
            })}
          </Typography>
        )}
      </>
    );
  }

  return (
    <InfoCard title={t('bundle.compare.button')}>
      {body}
      <Button
        variant="contained"
        color="primary"
        onClick={() => compare()}
        disabled={state.loading}
      >
        {t('bundle.compare.button')}
      </Button>
    </InfoCard>
  );
}
