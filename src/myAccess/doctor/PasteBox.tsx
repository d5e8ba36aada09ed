import { useId, useMemo } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type { Finding } from '../../shared/findings/logic';
import type { PastedExplanation } from './logic';
import { explainClaims } from '../../shared/logic/token';
import { FindingList, useFindingText } from '../../shared/findings';
import { accessInspectorTranslationRef } from '../translation';
import { accessInspectorSignInTranslationRef } from '../../shared/translations/signInTranslationRef';
import { ClaimsTable } from '../components/ClaimsTable';

/**
 * "Paste a token or an error": one box for whatever the user has in hand. It
 * says what it read the text as, then decodes a token (with the session's
 * checks) or explains an error with the sign-in page's rules, in the
 * browser. The card holds the text in memory, because the checks of the
 * plugins the text points at change with it; nothing is sent or stored.
 */
export function PasteBox(props: {
  input: string;
  /** The text read and explained (by `explainPasted`), shown as it is. */
  explained: PastedExplanation;
  onInputChange: (input: string) => void;
  /** Checks of the plugins the pasted error comes from. */
  related?: Finding[];
}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const id = useId();
  const findingLabels = useFindingText(
    accessInspectorSignInTranslationRef,
    'finding',
  );
  const { input, related = [] } = props;
  const { read: pasted, token, error, evaluatedAtMs } = props.explained;

  const explained = useMemo(() => {
    if (token) {
      return {
        findings: token.findings,
        header: token.header
          ? explainClaims(token.header, Math.floor(evaluatedAtMs / 1000))
          : [],
        claims: token.claims,
      };
    }
    return error ? { findings: [error], header: [], claims: [] } : undefined;
  }, [token, error, evaluatedAtMs]);

  let readAs = '';
  if (pasted.kind === 'response') {
    readAs = t('doctor.paste.readAs.response', {
      status: String(pasted.status ?? ''),
      body: pasted.body ? t(`doctor.paste.body.${pasted.body}`) : '',
    });
  } else if (pasted.kind !== 'empty') {
    readAs = t(`doctor.paste.readAs.${pasted.kind}`);
  }

  return (
    <section aria-label={t('doctor.paste.title')}>
      <Typography variant="h6" component="h3">
        {t('doctor.paste.title')}
      </Typography>
      <TextField
        id={id}
        label={t('doctor.paste.label')}
        helperText={t('doctor.paste.helper')}
        value={input}
        onChange={e => props.onInputChange(e.target.value)}
        multiline
        minRows={2}
        maxRows={10}
        fullWidth
        variant="outlined"
        margin="dense"
        autoComplete="off"
        inputProps={{ spellCheck: false, 'data-lpignore': 'true' }}
      />
      {input && (
        <Button size="small" onClick={() => props.onInputChange('')}>
          {t('doctor.paste.clear')}
        </Button>
      )}
      {explained && (
        <Box mt={1}>
          <Typography variant="body2">{readAs}</Typography>
          <FindingList
            labels={findingLabels}
            findings={explained.findings}
            label={t('doctor.paste.title')}
          />
          {explained.header.length > 0 && (
            <Box mt={2}>
              <ClaimsTable
                label={t('doctor.paste.header')}
                claims={explained.header}
              />
            </Box>
          )}
          {explained.claims.length > 0 && (
            <Box mt={2}>
              <ClaimsTable
                label={t('doctor.paste.claims')}
                claims={explained.claims}
              />
            </Box>
          )}
        </Box>
      )}
      {explained && related.length > 0 && (
        <Box mt={1}>
          <Typography variant="subtitle2" component="h4">
            {t('doctor.card.relatedChecks')}
          </Typography>
          <FindingList
            labels={findingLabels}
            findings={related}
            label={t('doctor.card.relatedChecks')}
          />
        </Box>
      )}
    </section>
  );
}
