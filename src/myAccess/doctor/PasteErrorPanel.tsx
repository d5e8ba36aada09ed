import { useId, useMemo } from 'react';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type { Finding, FindingText } from '../../shared/findings/logic';
import { explainErrorBody } from './logic';
import { useSignInText } from '../../shared/hooks/useSignInText';
import { FindingList, useFindingText } from '../../shared/findings';
import { accessInspectorTranslationRef } from '../translation';
import { accessInspectorSignInTranslationRef } from '../../shared/translations/signInTranslationRef';

/**
 * "Paste an error": explains a pasted 401/403 response body, in the browser,
 * and lists the checks whose plugin the pasted text points at. The card
 * holds the text, because those checks change with it.
 */
export function PasteErrorPanel(props: {
  text: FindingText;
  input: string;
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

  const { text, input, onInputChange: setInput, related = [] } = props;
  const signInText = useSignInText();
  const environment =
    useApi(configApiRef).getOptionalString('auth.environment');
  const finding = useMemo(
    () =>
      input.trim()
        ? explainErrorBody(input, text, { text: signInText, environment })
        : undefined,
    [input, text, signInText, environment],
  );
  return (
    <section aria-label={t('doctor.pasteError.title')}>
      <Typography variant="h6" component="h3">
        {t('doctor.pasteError.title')}
      </Typography>
      <TextField
        id={id}
        label={t('doctor.pasteError.label')}
        helperText={t('doctor.pasteError.helper')}
        value={input}
        onChange={e => setInput(e.target.value)}
        multiline
        minRows={2}
        maxRows={10}
        fullWidth
        variant="outlined"
        margin="dense"
        autoComplete="off"
        inputProps={{ spellCheck: false }}
      />
      {input && (
        <Button size="small" onClick={() => setInput('')}>
          {t('doctor.pasteError.clear')}
        </Button>
      )}
      {finding && (
        <Box mt={1}>
          <FindingList
            labels={findingLabels}
            findings={[finding]}
            label={t('doctor.pasteError.title')}
          />
        </Box>
      )}
      {finding && related.length > 0 && (
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
