import { useId, useMemo } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type { FindingText } from '../../shared/findings/logic';
import { diagnosePastedToken } from './logic';
import { explainClaims } from '../../shared/logic/token';
import { FindingList, useFindingText } from '../../shared/findings';
import { accessInspectorTranslationRef } from '../translation';
import { accessInspectorSignInTranslationRef } from '../../shared/translations/signInTranslationRef';
import { ClaimsTable } from '../components/ClaimsTable';

/**
 * "Paste a token": decodes and diagnoses a pasted token in the browser.
 * The card holds the text in memory, for the support bundle's decoded
 * claims and checks (never the token); nothing is sent or stored.
 */
export function PasteTokenPanel(props: {
  text: FindingText;
  input: string;
  onInputChange: (input: string) => void;
  authBaseUrl?: string;
  now?: () => number;
}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const id = useId();
  const findingLabels = useFindingText(
    accessInspectorSignInTranslationRef,
    'finding',
  );

  const { text, authBaseUrl, input, onInputChange: setInput } = props;
  const now = props.now ?? Date.now;
  const diagnosis = useMemo(
    () =>
      input.trim()
        ? diagnosePastedToken(input, { nowMs: now(), authBaseUrl }, text)
        : undefined,
    [input, authBaseUrl, text, now],
  );
  const headerClaims = useMemo(
    () =>
      diagnosis?.header
        ? explainClaims(diagnosis.header, Math.floor(now() / 1000))
        : [],
    [diagnosis, now],
  );

  return (
    <section aria-label={t('doctor.pasteToken.title')}>
      <Typography variant="h6" component="h3">
        {t('doctor.pasteToken.title')}
      </Typography>
      <TextField
        id={id}
        label={t('doctor.pasteToken.label')}
        helperText={t('doctor.pasteToken.helper')}
        value={input}
        onChange={e => setInput(e.target.value)}
        multiline
        minRows={2}
        maxRows={8}
        fullWidth
        variant="outlined"
        margin="dense"
        autoComplete="off"
        inputProps={{ spellCheck: false, 'data-lpignore': 'true' }}
      />
      {input && (
        <Button size="small" onClick={() => setInput('')}>
          {t('doctor.pasteToken.clear')}
        </Button>
      )}
      {diagnosis && (
        <Box mt={1}>
          <FindingList
            labels={findingLabels}
            findings={diagnosis.findings}
            label={t('doctor.pasteToken.title')}
          />
          {headerClaims.length > 0 && (
            <Box mt={2}>
              <ClaimsTable
                label={t('doctor.pasteToken.header')}
                claims={headerClaims}
              />
            </Box>
          )}
          {diagnosis.claims.length > 0 && (
            <Box mt={2}>
              <ClaimsTable
                label={t('doctor.pasteToken.claims')}
                claims={diagnosis.claims}
              />
            </Box>
          )}
        </Box>
      )}
    </section>
  );
}
