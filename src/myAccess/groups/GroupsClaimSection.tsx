import { useMemo } from 'react';
import { Link, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import { StackedTable } from '../../shared/components/StackedTable';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { FindingList, useFindingText } from '../../shared/findings';
import type { FindingText } from '../../shared/findings/logic';
import { accessInspectorSignInTranslationRef } from '../../shared/translations/signInTranslationRef';
import { CallErrorPanel } from '../components/CallErrorPanel';
import { accessInspectorTranslationRef } from '../translation';
import { groupsClaimFindings, type GroupsClaimReading } from './logic';
import { useCatalogEntityLink } from './useCatalogEntityLink';
import {
  useGroupsClaim,
  type GroupsClaimState,
  type GroupsClaimUnavailable,
} from './useGroupsClaim';
import { useReportAccess } from '../data/useReportAccess';

function ClaimTable(props: {
  reading: Extract<GroupsClaimReading, { kind: 'present' }>;
  annotation: string;
}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const link = useCatalogEntityLink();
  if (props.reading.claimed.length === 0) return null;
  const yesNo = (value?: boolean) => {
    if (value === undefined) return t('groupsCard.couldNotTell');
    return value ? t('groupsCard.yes') : t('groupsCard.no');
  };
  return (
    <Box mt={2} overflow="auto">
      <StackedTable size="small" aria-label={t('groupsClaim.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('groupsClaim.claimLabel')}</TableCell>
            <TableCell>{t('groupsClaim.claimName')}</TableCell>
            <TableCell>{t('groupsClaim.mapsTo')}</TableCell>
            <TableCell>{t('groupsClaim.by')}</TableCell>
            <TableCell>{t('groupsClaim.inIdentity')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.reading.claimed.map((claimed, index) => (
            <TableRow key={`${claimed.claim}-${claimed.value}-${index}`}>
              <TableCell>
                <code>{claimed.value}</code>
              </TableCell>
              <TableCell>
                <code>{claimed.claim}</code>
              </TableCell>
              <TableCell>
                {claimed.ref && link ? (
                  <Link to={link(claimed.ref)}>{claimed.ref}</Link>
                ) : (
                  (claimed.ref ?? (
                    <Typography variant="body2" color="error">
                      {t('groupsClaim.noGroup')}
                    </Typography>
                  ))
                )}
              </TableCell>
              <TableCell>
                {claimed.by === 'name' && t('groupsClaim.byName')}
                {claimed.by === 'annotation' &&
                  t('groupsClaim.byAnnotation', {
                    annotation: props.annotation,
                  })}
              </TableCell>
              <TableCell>
                {claimed.ref ? yesNo(claimed.inOwnership) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </StackedTable>
    </Box>
  );
}

function whyText(why: GroupsClaimUnavailable, text: FindingText): string {
  switch (why.kind) {
    case 'guest':
    case 'noProvider':
      return text(why.kind);
    case 'oauthOnly':
    case 'noIdToken':
      return text(why.kind, { provider: why.provider });
    default:
      return text('undecodable', {
        provider: why.provider,
        reason: why.reason,
      });
  }
}

/**
 * The IdP's groups claim beside the catalog and the identity: which claimed
 * group maps to which catalog Group, and what that means for access.
 */
export function GroupsClaimSection() {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const text = useFindingText(accessInspectorTranslationRef, 'groupsClaim');
  const labels = useFindingText(accessInspectorSignInTranslationRef, 'finding');
  const state = useGroupsClaim();
  const claimed = useMemo(
    () => reportedClaim(state),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.loading, state.value],
  );
  useReportAccess('groupsClaim', claimed);

  let body;
  if (state.loading) {
    body = <Progress />;
  } else if (state.error) {
    body = (
      <CallErrorPanel
        call={t('groupsClaim.title')}
        error={state.error}
        onRetry={state.retry}
      />
    );
  } else if (!state.value) {
    body = null;
  } else if (!state.value.available) {
    body = (
      <Typography variant="body2" color="textSecondary">
        {whyText(state.value.why, text)}
      </Typography>
    );
  } else {
    const { reading, options, provider, catalog } = state.value;
    const context = {
      provider,
      namespace: options.namespace,
      annotation: options.annotation,
    };
    body = (
      <>
        <Typography variant="body2" color="textSecondary">
          {t('groupsClaim.how', context)}
        </Typography>
        <Box mt={1}>
          <FindingList
            findings={groupsClaimFindings(
              reading,
              { ...context, catalog },
              text,
            )}
            label={t('groupsClaim.title')}
            labels={labels}
          />
        </Box>
        {reading.kind === 'present' && catalog && (
          <ClaimTable reading={reading} annotation={options.annotation} />
        )}
      </>
    );
  }

  return (
    <Box mt={3} component="section" aria-label={t('groupsClaim.title')}>
      <Typography variant="h6" component="h3">
        {t('groupsClaim.title')}
      </Typography>
      {body}
    </Box>
  );
}

// What the access history compares: the values the IdP asserted (none when
// the claim is absent), or nothing when the claim cannot be read.
function reportedClaim(state: {
  loading: boolean;
  value?: GroupsClaimState;
}): string[] | null | undefined {
  if (state.loading) return undefined;
  const value = state.value;
  if (!value?.available) return null;
  if (value.reading.kind === 'present') {
    return value.reading.claimed.map(c => c.value);
  }
  return value.reading.kind === 'absent' ? [] : null;
}
