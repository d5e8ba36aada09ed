import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import { StackedTable } from '../../shared/components/StackedTable';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { accessInspectorSignInTranslationRef } from '../../shared/translations/signInTranslationRef';
import {
  FindingList,
  FindingView,
  useFindingText,
} from '../../shared/findings';
import { explainClaims } from '../../shared/logic/token';
import { ClaimsTable } from '../components/ClaimsTable';
import { accessInspectorTranslationRef } from '../translation';
import { parseTime, type AnyBundle } from './logic';
import { BundleSessions } from './BundleSessions';
import { BundleDecisions } from './BundleDecisions';
import { Breakable } from './Breakable';

const useStyles = makeStyles(theme => ({
  // Someone else's page: a frame no card of the viewer's own has.
  theirs: {
    borderLeft: `6px solid ${theme.palette.secondary.main}`,
    paddingLeft: theme.spacing(2),
    // Words stay whole. Not `overflowWrap: anywhere` on every cell: a claims
    // table's meanings would shrink to a letter a line on a narrow screen
    // instead of the table scrolling in its card.
    '& td, & th': { wordBreak: 'normal' },
  },
  // Names and refs break after their dots, colons and slashes, never inside
  // a word; a decision stays on one line.
  breakable: {
    '& td, & th': { overflowWrap: 'normal' },
  },
  list: { margin: 0, paddingLeft: theme.spacing(3), overflowWrap: 'anywhere' },
  mono: { fontFamily: 'monospace', overflowWrap: 'anywhere' },
}));

/**
 * A support bundle, read-only, with the same findings the sender's page
 * showed: checks, claims, groups, permissions, what they pasted, their
 * timeline. Framed and titled as the sender's throughout.
 */
export function BundleView(props: { bundle: AnyBundle }) {
  const { bundle } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const labels = useFindingText(accessInspectorSignInTranslationRef, 'finding');
  const generatedMs = parseTime(bundle.generatedAt) ?? Date.now();
  const payload =
    bundle.claims?.payload && typeof bundle.claims.payload === 'object'
      ? (bundle.claims.payload as Record<string, unknown>)
      : undefined;
  const checksAt = bundle.checks[0]?.evaluatedAt;
  const groups = bundle.groups;
  const yesNo = (value?: boolean) =>
    value === undefined
      ? t('bundle.sections.notRead')
      : t(value ? 'bundle.sections.yes' : 'bundle.sections.no');

  return (
    <Box className={classes.theirs}>
      {bundle.openDoors && bundle.openDoors.length > 0 && (
        <>
          <InfoCard title={t('bundle.sections.openDoors')}>
            <FindingList
              findings={bundle.openDoors}
              label={t('bundle.sections.openDoors')}
              labels={labels}
            />
          </InfoCard>
          <Box mt={2} />
        </>
      )}
      <InfoCard title={t('bundle.sections.checks')}>
        {checksAt && (
          <Typography variant="body2" color="textSecondary">
            {t('bundle.sections.checksEvaluated', { when: checksAt })}
          </Typography>
        )}
        {bundle.checks.length > 0 ? (
          <FindingList
            findings={bundle.checks}
            label={t('bundle.sections.checks')}
            labels={labels}
          />
        ) : (
          <Typography variant="body2">
            {t('bundle.sections.noChecks')}
          </Typography>
        )}
      </InfoCard>
      <Box mt={2} />
      <InfoCard title={t('bundle.sections.claims')}>
        {payload ? (
          // Times read as of the bundle, not as of now.
          <ClaimsTable
            label={t('bundle.sections.claims')}
            claims={explainClaims(payload, Math.floor(generatedMs / 1000))}
            showNames
          />
        ) : (
          <Typography variant="body2">
            {t('bundle.sections.noClaims')}
          </Typography>
        )}
      </InfoCard>
      {bundle.version === 3 && (
        <>
          <Box mt={2} />
          <BundleSessions
            sessions={bundle.providerSessions ?? []}
            generatedAt={bundle.generatedAt}
            generatedSeconds={Math.floor(generatedMs / 1000)}
          />
        </>
      )}
      <Box mt={2} />
      <InfoCard title={t('bundle.sections.groups')}>
        {groups && (
          <Typography variant="body2">
            {t('bundle.sections.groupCounts', {
              identity: String(groups.identityRefs ?? '–'),
              userinfo: String(groups.userinfoRefs ?? '–'),
              direct: String(groups.catalogDirect ?? '–'),
              inherited: String(groups.catalogInherited ?? '–'),
            })}
          </Typography>
        )}
        {groups?.differences && groups.differences.length > 0 ? (
          <StackedTable
            size="small"
            aria-label={t('bundle.sections.groups')}
            className={classes.breakable}
          >
            <TableHead>
              <TableRow>
                <TableCell>{t('bundle.sections.groupRef')}</TableCell>
                <TableCell>{t('bundle.sections.inIdentity')}</TableCell>
                <TableCell>{t('bundle.sections.inUserinfo')}</TableCell>
                <TableCell>{t('bundle.sections.inCatalog')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {groups.differences.map(row => (
                <TableRow key={row.ref}>
                  <TableCell
                    component="th"
                    scope="row"
                    className={classes.mono}
                  >
                    <Breakable text={row.ref} />
                  </TableCell>
                  <TableCell>{yesNo(row.inIdentity)}</TableCell>
                  <TableCell>{yesNo(row.inUserinfo)}</TableCell>
                  <TableCell>{yesNo(row.inCatalog)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </StackedTable>
        ) : (
          <Typography variant="body2">
            {t('bundle.sections.noGroupDifferences')}
          </Typography>
        )}
        {bundle.version !== 1 && bundle.groupsBySource && (
          <Box mt={1}>
            <Typography variant="subtitle2">
              {t('bundle.sections.bySource')}
            </Typography>
            <ul className={classes.list}>
              {Object.entries(bundle.groupsBySource).map(([source, refs]) => (
                <Typography key={source} variant="body2" component="li">
                  {`${source}: ${(refs ?? []).join(', ') || '–'}`}
                </Typography>
              ))}
            </ul>
          </Box>
        )}
      </InfoCard>
      <Box mt={2} />
      <BundleDecisions bundle={bundle} />
      {bundle.pastedError && (
        <>
          <Box mt={2} />
          <InfoCard title={t('bundle.sections.pastedError')}>
            <Typography
              variant="body2"
              component="pre"
              className={classes.mono}
            >
              {bundle.pastedError.text}
            </Typography>
            <FindingView finding={bundle.pastedError.check} labels={labels} />
          </InfoCard>
        </>
      )}
      {bundle.pastedToken && (
        <>
          <Box mt={2} />
          <InfoCard title={t('bundle.sections.pastedToken')}>
            <FindingList
              findings={bundle.pastedToken.checks}
              label={t('bundle.sections.pastedToken')}
              labels={labels}
            />
          </InfoCard>
        </>
      )}
      {bundle.version !== 1 && bundle.accessChanges && (
        <>
          <Box mt={2} />
          <InfoCard title={t('bundle.sections.changes')}>
            <ul className={classes.list}>
              {bundle.accessChanges.changes.map((change, i) => (
                <Typography key={i} variant="body2" component="li">
                  {change}
                </Typography>
              ))}
            </ul>
            {bundle.accessChanges.note && (
              <Typography variant="body2">
                {bundle.accessChanges.note}
              </Typography>
            )}
          </InfoCard>
        </>
      )}
      {bundle.version !== 1 && bundle.actions && (
        <>
          <Box mt={2} />
          <InfoCard title={t('bundle.sections.actions')}>
            <ul className={classes.list}>
              {bundle.actions.map(action => (
                <Typography
                  key={action}
                  variant="body2"
                  component="li"
                  className={classes.mono}
                >
                  {action}
                </Typography>
              ))}
            </ul>
          </InfoCard>
        </>
      )}
      <Box mt={2} />
      <InfoCard title={t('bundle.sections.timeline')}>
        {bundle.timeline.length > 0 ? (
          <ul
            className={classes.list}
            aria-label={t('bundle.sections.timeline')}
          >
            {bundle.timeline.map((event, i) => (
              <Typography key={i} variant="body2" component="li">
                {`${event.at} · ${event.type}${event.detail ? `: ${event.detail}` : ''}`}
              </Typography>
            ))}
          </ul>
        ) : (
          <Typography variant="body2">
            {t('bundle.sections.noTimeline')}
          </Typography>
        )}
      </InfoCard>
    </Box>
  );
}
