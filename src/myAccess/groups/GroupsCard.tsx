import { useState } from 'react';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import { StackedTable } from '../../shared/components/StackedTable';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { darken, makeStyles } from '@material-ui/core/styles';
import { groupFindings, type OwnershipRow } from './logic';
import { FindingList, useFindingText } from '../../shared/findings';
import { EnsureMyAccessData, useMyAccessData } from '../data/useMyAccessData';
import { accessInspectorTranslationRef } from '../translation';
import { accessInspectorSignInTranslationRef } from '../../shared/translations/signInTranslationRef';
import { CallErrorPanel } from '../components/CallErrorPanel';
import { useCatalogEntityLink } from './useCatalogEntityLink';
import { GroupsClaimSection } from './GroupsClaimSection';

const PAGE_SIZE = 25;

const useStyles = makeStyles(theme => ({
  // Backstage's theme lets table cells break inside any word, which splits
  // refs and headers ("Iden|tity") in narrow columns. Words stay whole here;
  // a table wider than its card scrolls (see the page's card styles).
  table: {
    '& th, & td': {
      wordBreak: 'normal',
      padding: theme.spacing(0.75, 1.5),
    },
  },
  note: { marginTop: theme.spacing(0.5) },
  // The palette's main error red fails 4.5:1 contrast with white chip text.
  missing: {
    backgroundColor: darken(theme.palette.error.main, 0.3),
    color: theme.palette.common.white,
  },
}));

function YesNo(props: { value?: boolean; label: string }) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  if (props.value === undefined) {
    const text = t('groupsCard.couldNotTell');
    return (
      <Typography
        variant="body2"
        color="textSecondary"
        aria-label={`${props.label}: ${text}`}
      >
        {text}
      </Typography>
    );
  }
  const text = props.value ? t('groupsCard.yes') : t('groupsCard.no');
  return (
    <Typography
      variant="body2"
      color={props.value ? 'textPrimary' : 'error'}
      aria-label={`${props.label}: ${text}`}
    >
      {props.value ? '\u2713' : '\u2717'}
    </Typography>
  );
}

function GroupRows(props: { rows: OwnershipRow[] }) {
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const entityLink = useCatalogEntityLink();
  return (
    <>
      {props.rows.map(row => {
        let membership = '';
        if (row.note === 'user-ref') membership = t('groupsCard.you');
        else if (row.depth === 1) membership = t('groupsCard.direct');
        else if (row.depth && row.via)
          membership = t('groupsCard.inherited', { via: row.via });
        const name =
          row.title && row.title !== row.ref
            ? `${row.title} (${row.ref})`
            : row.ref;
        return (
          <TableRow key={row.ref}>
            <TableCell component="th" scope="row" role="rowheader">
              {entityLink && row.inCatalog ? (
                <Link to={entityLink(row.ref)}>{name}</Link>
              ) : (
                name
              )}
            </TableCell>
            <TableCell>
              {membership}
              {(row.note === 'inherited-not-in-token' ||
                row.note === 'direct-not-in-token') && (
                <div className={classes.note}>
                  <Chip
                    size="small"
                    className={classes.missing}
                    label={t('groupsCard.notInToken')}
                  />
                </div>
              )}
              {row.note === 'unknown-to-catalog' && (
                <div className={classes.note}>
                  <Chip size="small" label={t('groupsCard.unknownToCatalog')} />
                </div>
              )}
              {row.note === 'not-a-membership' && (
                <div className={classes.note}>
                  <Chip size="small" label={t('groupsCard.notAMembership')} />
                </div>
              )}
            </TableCell>
            <TableCell>
              <YesNo value={row.inIdentity} label={t('groupsCard.identity')} />
            </TableCell>
            <TableCell>
              <YesNo value={row.inUserinfo} label={t('groupsCard.userinfo')} />
            </TableCell>
            <TableCell>
              <YesNo value={row.inCatalog} label={t('groupsCard.catalog')} />
            </TableCell>
          </TableRow>
        );
      })}
    </>
  );
}

function GroupsCardContent() {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const groupsText = useFindingText(
    accessInspectorTranslationRef,
    'groupsCard',
  );
  const findingLabels = useFindingText(
    accessInspectorSignInTranslationRef,
    'finding',
  );
  const classes = useStyles();
  const { token, userinfo, membership, ownership } = useMyAccessData();
  const [page, setPage] = useState(0);

  const title = t('groupsCard.title');
  if (token.loading || membership.loading || userinfo.loading) {
    return (
      <InfoCard title={title}>
        <Progress />
      </InfoCard>
    );
  }
  // The data layer compares as soon as the identity is known.
  if (token.error || !token.value || !ownership) {
    return (
      <InfoCard title={title}>
        <CallErrorPanel
          call={t('errors.identityFailed')}
          error={token.error ?? new Error('No identity')}
          onRetry={token.retry}
        />
      </InfoCard>
    );
  }

  const catalog = membership.value?.available ? membership.value : undefined;
  const comparison = ownership;
  const { counts } = comparison;
  const findings = groupFindings(
    {
      comparison,
      catalog,
      hasCatalogApi: membership.value?.available !== false,
    },
    groupsText,
  );
  // Without a catalog answer the page cannot know memberships: it says so
  // instead of counting zero groups.
  const identityCount = { identity: String(counts.identity) };
  let summary: string;
  if (catalog) {
    summary = t('groupsCard.summary', {
      direct: String(counts.catalogDirect),
      inherited: String(counts.catalogInherited),
      ...identityCount,
    });
  } else if (membership.error) {
    summary = t('groupsCard.summaryCatalogFailed', identityCount);
  } else {
    summary = t('groupsCard.summaryNoCatalog', identityCount);
  }
  const pageRows = comparison.rows.slice(
    page * PAGE_SIZE,
    (page + 1) * PAGE_SIZE,
  );

  return (
    <InfoCard title={title} subheader={t('groupsCard.subheader')}>
      {membership.error && (
        <CallErrorPanel
          call={t('groupsCard.catalogCall')}
          error={membership.error}
          onRetry={membership.retry}
        />
      )}
      {userinfo.error && (
        <Box mt={1}>
          <CallErrorPanel
            call={t('groupsCard.userinfoCall')}
            error={userinfo.error}
            onRetry={userinfo.retry}
          />
        </Box>
      )}
      {findings.length > 0 && (
        <Box mt={1}>
          <FindingList
            findings={findings}
            label={t('groupsCard.findingsLabel')}
            labels={findingLabels}
          />
        </Box>
      )}
      <Box mt={2}>
        <Typography variant="body2" color="textSecondary">
          {summary}
        </Typography>
      </Box>
      {comparison.rows.length <= 1 ? (
        <Box mt={2}>
          <Typography>
            {catalog ? t('groupsCard.empty') : t('groupsCard.emptyNoCatalog')}
          </Typography>
        </Box>
      ) : (
        <>
          <Box overflow="auto">
            <StackedTable
              size="small"
              aria-label={title}
              className={classes.table}
            >
              <TableHead>
                <TableRow>
                  <TableCell>{t('groupsCard.group')}</TableCell>
                  <TableCell>{t('groupsCard.membership')}</TableCell>
                  <TableCell>{t('groupsCard.identity')}</TableCell>
                  <TableCell>{t('groupsCard.userinfo')}</TableCell>
                  <TableCell>{t('groupsCard.catalog')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                <GroupRows rows={pageRows} />
              </TableBody>
            </StackedTable>
          </Box>
          {comparison.rows.length > PAGE_SIZE && (
            <TablePagination
              component="div"
              count={comparison.rows.length}
              page={page}
              rowsPerPage={PAGE_SIZE}
              rowsPerPageOptions={[PAGE_SIZE]}
              onPageChange={(_e, p) => setPage(p)}
            />
          )}
        </>
      )}
      <GroupsClaimSection />
    </InfoCard>
  );
}

/**
 * Compares the identity's ownership refs, the auth backend's userinfo and the
 * catalog's memberships (direct and inherited through parent groups). Outside
 * My Access it loads what it compares itself.
 */
export function GroupsCard() {
  return (
    <EnsureMyAccessData>
      <GroupsCardContent />
    </EnsureMyAccessData>
  );
}
