import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { StackedTable } from '../../shared/components/StackedTable';
import { accessInspectorTranslationRef } from '../translation';
import type { AnyBundle } from './logic';
import { Breakable } from './Breakable';

const useStyles = makeStyles(theme => ({
  // Names and refs break after their dots, colons and slashes, never inside
  // a word; a decision stays on one line.
  breakable: {
    '& td, & th': { overflowWrap: 'normal' },
  },
  nowrap: { whiteSpace: 'nowrap' },
  list: { margin: 0, paddingLeft: theme.spacing(3), overflowWrap: 'anywhere' },
  mono: { fontFamily: 'monospace', overflowWrap: 'anywhere' },
}));

/** The rules of the bundle's resource permissions, by resource type. */
function rulesByResourceType(
  decisions: NonNullable<AnyBundle['permissions']>['decisions'],
) {
  const byType = new Map<
    string,
    { permissions: Set<string>; rules: string[] }
  >();
  for (const row of decisions ?? []) {
    if (!row.resourceType || !row.rules || row.rules.length === 0) continue;
    const entry = byType.get(row.resourceType) ?? {
      permissions: new Set<string>(),
      rules: [],
    };
    entry.permissions.add(row.name);
    for (const rule of row.rules) {
      if (!entry.rules.includes(rule)) entry.rules.push(rule);
    }
    byType.set(row.resourceType, entry);
  }
  return [...byType.entries()];
}

/**
 * The sender's permission decisions, and the rules a conditional decision
 * of theirs can be made of.
 */
export function BundleDecisions(props: { bundle: AnyBundle }) {
  const { bundle } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const decisions = bundle.permissions?.decisions ?? [];
  const rules = rulesByResourceType(decisions);
  return (
    <InfoCard title={t('bundle.sections.permissions')}>
      {bundle.permissions?.enabled === false && (
        <Typography variant="body2">
          {t('bundle.sections.permissionsOff')}
        </Typography>
      )}
      {decisions.length > 0 ? (
        <StackedTable
          size="small"
          aria-label={t('bundle.sections.permissions')}
          className={classes.breakable}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('bundle.sections.permission')}</TableCell>
              <TableCell>{t('bundle.sections.resourceRef')}</TableCell>
              <TableCell>{t('bundle.sections.decision')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {decisions.map((row, i) => (
              <TableRow key={`${row.name}-${row.resourceRef ?? ''}-${i}`}>
                <TableCell component="th" scope="row" className={classes.mono}>
                  <Breakable text={row.name} />
                </TableCell>
                <TableCell className={classes.mono}>
                  <Breakable text={row.resourceRef ?? ''} />
                </TableCell>
                <TableCell className={classes.nowrap}>{row.decision}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </StackedTable>
      ) : (
        bundle.permissions?.enabled !== false && (
          <Typography variant="body2">
            {t('bundle.sections.noPermissions')}
          </Typography>
        )
      )}
      {rules.length > 0 && (
        <Box mt={2}>
          <Typography variant="subtitle2" component="h3">
            {t('bundle.sections.rules')}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {t('bundle.sections.rulesNote')}
          </Typography>
          <ul className={classes.list} aria-label={t('bundle.sections.rules')}>
            {rules.map(([resourceType, entry]) => (
              <Typography key={resourceType} variant="body2" component="li">
                {t('bundle.sections.rulesOf', {
                  resourceType,
                  permissions: [...entry.permissions].join(', '),
                  rules: entry.rules.join(', '),
                })}
              </Typography>
            ))}
          </ul>
        </Box>
      )}
    </InfoCard>
  );
}
