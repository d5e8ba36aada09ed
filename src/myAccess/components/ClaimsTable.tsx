import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { ExplainedClaim } from '../../shared/logic/token';
import { accessInspectorTranslationRef } from '../translation';
import { SecretClaimValue } from './SecretClaimValue';

/**
 * A token's claims with their values and what each means; secret-bearing
 * claims stay hidden until revealed.
 */
export function ClaimsTable(props: {
  label: string;
  claims: ExplainedClaim[];
}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return (
    <Table size="small" aria-label={props.label}>
      <TableHead>
        <TableRow>
          <TableCell>{t('doctor.pasteToken.claim')}</TableCell>
          <TableCell>{t('doctor.pasteToken.value')}</TableCell>
          <TableCell>{t('doctor.pasteToken.meaning')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.claims.map(claim => (
          <TableRow key={claim.name}>
            <TableCell component="th" scope="row">
              {claim.label}
            </TableCell>
            <TableCell
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            >
              {claim.time ? (
                `${claim.time.absolute} (${claim.time.relative})`
              ) : (
                <SecretClaimValue claim={claim} />
              )}
            </TableCell>
            <TableCell>{claim.meaning ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
