import { useId, useMemo } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type { Finding, FindingText } from '../../shared/findings/logic';
import {
  diagnosePastedToken,
  explainPastedText,
  type PastedText,
  type SignInExplanation,
} from './logic';
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
  text: FindingText;
  input: string;
  pasted: PastedText;
  onInputChange: (input: string) => void;
  /** The app's URLs, environment and provider, for the explanation. */
  signIn: SignInExplanation;
  /** Checks of the plugins the pasted error comes from. */
  related?: Finding[];
  now: () => number;
}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const id = useId();
  const findingLabels = useFindingText(
    accessInspectorSignInTranslationRef,
    'finding',
  );
  const { text, input, pasted, signIn, now, related = [] } = props;

  const explained = useMemo(() => {
    if (pasted.kind === 'empty') return undefined;
    if (pasted.kind === 'token') {
      const diagnosis = diagnosePastedToken(
        input,
        { nowMs: now(), authBaseUrl: signIn.authBaseUrl },
        text,
      );
      return {
        findings: diagnosis.findings,
        header: diagnosis.header
          ? explainClaims(diagnosis.header, Math.floor(now() / 1000))
          : [],
        claims: diagnosis.claims,
      };
    }
    const finding = explainPastedText(pasted, text, signIn);
    return { findings: [finding], header: [], claims: [] };
  }, [pasted, input, text, signIn, now]);

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
