import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import { StackedTable } from '../../shared/components/StackedTable';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  darken,
  lighten,
  makeStyles,
  type Theme,
} from '@material-ui/core/styles';
import {
  countDecisions,
  filterPermissionRows,
  PERMISSION_DECISIONS,
  type DecidedPermissionRow,
  type PermissionDecision,
} from './logic';
import { accessInspectorTranslationRef } from '../translation';

function readable(theme: Theme, color: string) {
  return theme.palette.type === 'dark'
    ? lighten(color, 0.35)
    : darken(color, 0.4);
}

const useStyles = makeStyles(theme => ({
  // Backstage's theme lets table cells break inside any word ("catalo|g",
  // "Actio|n") and so lets auto layout squeeze columns to a few letters.
  // Words stay whole; a table wider than its container scrolls.
  scroll: { overflowX: 'auto' },
  table: {
    '& th, & td': {
      wordBreak: 'normal',
      overflowWrap: 'normal',
      // The theme's line height of 1 crams wrapped lines together.
      lineHeight: 1.3,
      padding: theme.spacing(0.75, 1.5),
    },
  },
  // Ids stay whole: no breaking at their hyphens either (checkout-|web).
  mono: { fontFamily: 'monospace' },
  ref: { fontFamily: 'monospace', whiteSpace: 'nowrap' },
  nowrap: { whiteSpace: 'nowrap' },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    alignItems: 'flex-end',
    marginBottom: theme.spacing(1),
  },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    listStyle: 'none',
    padding: 0,
    margin: theme.spacing(0, 0, 2, 0),
  },
  // Shaded towards the background's opposite so the text keeps a contrast
  // of 4.5:1 or more on striped rows (WCAG AA); the palette's main shades don't.
  allow: { color: readable(theme, theme.palette.success?.main ?? '#4caf50') },
  deny: { color: readable(theme, theme.palette.error.main) },
}));

const ROWS_PER_PAGE_OPTIONS = [10, 25, 50, 100];

export type PermissionsTableProps = {
  rows: DecidedPermissionRow[];
  /** Plugin ids offered in the plugin filter, in this order. */
  pluginIds: string[];
};

/**
 * The permissions with their decisions: counts per decision, filters by
 * plugin, decision and text, and a paginated table so thousands of rows stay
 * fast.
 */
export function PermissionsTable(props: PermissionsTableProps) {
  const { rows, pluginIds } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const id = useId();
  const [search, setSearch] = useState('');
  const [pluginId, setPluginId] = useState('');
  const [decision, setDecision] = useState<PermissionDecision | ''>('');
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(25);

  const counts = useMemo(() => countDecisions(rows), [rows]);
  const filtered = useMemo(
    () =>
      filterPermissionRows(rows, {
        pluginId: pluginId || undefined,
        decision: decision || undefined,
        search,
      }),
    [rows, pluginId, decision, search],
  );
  const lastPage = Math.max(0, Math.ceil(filtered.length / rowsPerPage) - 1);
  const currentPage = Math.min(page, lastPage);
  const visible = filtered.slice(
    currentPage * rowsPerPage,
    (currentPage + 1) * rowsPerPage,
  );

  const decisionClass: Partial<Record<PermissionDecision, string>> = {
    ALLOW: classes.allow,
    DENY: classes.deny,
  };
  const decisionLabel = (d: PermissionDecision) =>
    t(`permissions.decisions.${d}`);
  const shownDecisions = PERMISSION_DECISIONS.filter(
    d => d === 'ALLOW' || d === 'DENY' || d === 'PER_RESOURCE' || counts[d] > 0,
  );

  return (
    <Box>
      <ul className={classes.counts} aria-label={t('permissions.counts.label')}>
        {shownDecisions.map(d => (
          <li key={d}>
            <Chip
              size="small"
              variant="outlined"
              label={`${decisionLabel(d)}: ${counts[d]}`}
            />
          </li>
        ))}
      </ul>
      <Box className={classes.filters}>
        <TextField
          id={`${id}-search`}
          label={t('permissions.filters.search')}
          type="search"
          value={search}
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            setSearch(e.target.value);
            setPage(0);
          }}
        />
        <TextField
          id={`${id}-plugin`}
          select
          label={t('permissions.filters.plugin')}
          value={pluginId}
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            setPluginId(e.target.value);
            setPage(0);
          }}
        >
          <option value="">{t('permissions.filters.all')}</option>
          {pluginIds.map(plugin => (
            <option key={plugin} value={plugin}>
              {plugin}
            </option>
          ))}
        </TextField>
        <TextField
          id={`${id}-decision`}
          select
          label={t('permissions.filters.decision')}
          value={decision}
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            setDecision(e.target.value as PermissionDecision | '');
            setPage(0);
          }}
        >
          <option value="">{t('permissions.filters.all')}</option>
          {shownDecisions.map(d => (
            <option key={d} value={d}>
              {decisionLabel(d)}
            </option>
          ))}
        </TextField>
      </Box>
      <Box className={classes.scroll}>
        <StackedTable
          size="small"
          aria-label={t('permissions.table.label')}
          className={classes.table}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('permissions.table.plugin')}</TableCell>
              <TableCell>{t('permissions.table.permission')}</TableCell>
              <TableCell>{t('permissions.table.type')}</TableCell>
              <TableCell>{t('permissions.table.action')}</TableCell>
              <TableCell>{t('permissions.table.decision')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {visible.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>
                  <Typography variant="body2" color="textSecondary">
                    {t('permissions.table.noMatch')}
                  </Typography>
                </TableCell>
              </TableRow>
            )}
            {visible.map(row => (
              <TableRow key={row.key}>
                <TableCell>{row.pluginId}</TableCell>
                <TableCell
                  component="th"
                  scope="row"
                  role="rowheader"
                  className={classes.ref}
                >
                  {row.name}
                </TableCell>
                <TableCell>
                  {row.resourceType
                    ? t('permissions.table.resource', {
                        resourceType: (
                          <span className={classes.nowrap}>
                            {row.resourceType}
                          </span>
                        ),
                      })
                    : t('permissions.table.basic')}
                </TableCell>
                <TableCell>{row.action ?? '—'}</TableCell>
                <TableCell>
                  <Typography
                    variant="body2"
                    component="span"
                    className={decisionClass[row.decision]}
                  >
                    <strong>{decisionLabel(row.decision)}</strong>
                  </Typography>
                  {row.resourceRef && row.decision !== 'PER_RESOURCE' && (
                    <Typography variant="caption" display="block">
                      {t(
                        row.resourceNotFound
                          ? 'permissions.table.forMissingResource'
                          : 'permissions.table.forResource',
                        {
                          resourceRef: (
                            <span className={classes.ref}>
                              {row.resourceRef}
                            </span>
                          ),
                        },
                      )}
                    </Typography>
                  )}
                  {row.decision === 'PER_RESOURCE' && row.rules.length > 0 && (
                    <Typography
                      variant="caption"
                      display="block"
                      color="textSecondary"
                    >
                      {t('permissions.table.rulesPrefix', {
                        rules: row.rules.map(rule => rule.name).join(', '),
                      })}
                    </Typography>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </StackedTable>
      </Box>
      <TablePagination
        component="div"
        count={filtered.length}
        page={currentPage}
        rowsPerPage={rowsPerPage}
        rowsPerPageOptions={ROWS_PER_PAGE_OPTIONS}
        onPageChange={(_, next) => setPage(next)}
        onRowsPerPageChange={e => {
          setRowsPerPage(Number(e.target.value));
          setPage(0);
        }}
      />
    </Box>
  );
}
