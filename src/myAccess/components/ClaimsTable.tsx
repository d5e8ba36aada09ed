import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { StackedTable } from '../../shared/components/StackedTable';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  explainHeaderField,
  looksLikeHeader,
  type ExplainedClaim,
} from '../../shared/logic/token';
import { accessInspectorTranslationRef } from '../translation';
import { SecretClaimValue } from './SecretClaimValue';

const useStyles = makeStyles({
  // Backstage's theme lets cells break inside any word ("Subje|ct"): words
  // stay whole, and a value breaks only where it cannot fit (long ids).
  table: {
    '& th, & td': { wordBreak: 'normal' },
    '& tbody th': { minWidth: '18ch' },
  },
  // Room for a UTC time or a 24-character id on one line; the meaning, the
  // longest text, wraps instead. Longer values break where they must.
  value: {
    fontFamily: 'monospace',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    // Border-box: the cell's padding counts.
    minWidth: 'calc(28ch + 48px)',
  },
  // An id of up to 40 characters without a space (a UUID `kid`) stays whole.
  word: { whiteSpace: 'nowrap' },
  name: { display: 'block', fontFamily: 'monospace' },
});

/**
 * A token's claims, or its header's fields, with their values and what each
 * means; secret-bearing claims stay hidden until revealed. `showNames` adds
 * each claim's own name under its label (`email_verified` under "Email
 * verified"). `part` says which half of the token the rows come from; left
 * out, rows holding `alg` (which every JWT header carries) are a header.
 */
export function ClaimsTable(props: {
  label: string;
  claims: ExplainedClaim[];
  showNames?: boolean;
  part?: 'header' | 'payload';
}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const classes = useStyles();
  const header =
    (props.part ?? (looksLikeHeader(props.claims) ? 'header' : 'payload')) ===
    'header';
  const claims = header ? props.claims.map(explainHeaderField) : props.claims;
  const showNames = props.showNames || header;
  return (
    <StackedTable
      size="small"
      aria-label={props.label}
      className={classes.table}
    >
      <TableHead>
        <TableRow>
          <TableCell>
            {header ? t('tokenCard.headerField') : t('tokenCard.claim')}
          </TableCell>
          <TableCell>{t('tokenCard.value')}</TableCell>
          <TableCell>{t('tokenCard.meaning')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {claims.map(claim => (
          <TableRow key={claim.name}>
            <TableCell component="th" scope="row">
              {claim.label}
              {showNames && claim.label !== claim.name && (
                <Typography
                  variant="caption"
                  color="textSecondary"
                  className={classes.name}
                >
                  {claim.name}
                </Typography>
              )}
            </TableCell>
            <TableCell
              className={`${classes.value} ${
                !claim.time &&
                !claim.sensitive &&
                /^\S{1,40}$/.test(claim.display)
                  ? classes.word
                  : ''
              }`}
            >
              {claim.time ? (
                <>
                  {claim.time.absolute}
                  <Typography
                    variant="caption"
                    display="block"
                    color="textSecondary"
                  >
                    {claim.time.relative}
                  </Typography>
                </>
              ) : (
                <SecretClaimValue claim={claim} />
              )}
            </TableCell>
            <TableCell>{claim.meaning ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </StackedTable>
  );
}
