import { useState } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  bundleSecrets,
  buildSupportBundle,
  formatBundleJson,
  formatBundleMarkdown,
  type SupportBundleInput,
} from './logic';
import { accessInspectorTranslationRef } from '../translation';

function download(filename: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoke after the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * "Copy diagnostics" and the downloads. The bundle is built when a button
 * is pressed, from `getInput`, so it always reflects the latest checks.
 */
const DOWNLOADS = [
  {
    extension: 'md',
    mimeType: 'text/markdown',
    render: formatBundleMarkdown,
    label: 'doctor.bundle.downloadMarkdown',
  },
  {
    extension: 'json',
    mimeType: 'application/json',
    render: formatBundleJson,
    label: 'doctor.bundle.downloadJson',
  },
] as const;

export function SupportBundleButtons(props: {
  getInput: () => SupportBundleInput;
  disabled?: boolean;
}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const [status, setStatus] = useState<{ ok: boolean; message: string }>();

  const build = () => {
    const input = props.getInput();
    return { bundle: buildSupportBundle(input), secrets: bundleSecrets(input) };
  };
  const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

  const copy = async () => {
    try {
      const { bundle, secrets } = build();
      if (!navigator.clipboard?.writeText) {
        throw new Error('the clipboard is not available in this browser');
      }
      await navigator.clipboard.writeText(
        formatBundleMarkdown(bundle, secrets),
      );
      setStatus({ ok: true, message: t('doctor.bundle.copied') });
    } catch (e) {
      setStatus({
        ok: false,
        message: t('doctor.bundle.copyFailed', {
          message: e instanceof Error ? e.message : String(e),
        }),
      });
    }
  };

  return (
    <section aria-label={t('doctor.bundle.title')}>
      <Typography variant="h6" component="h3">
        {t('doctor.bundle.title')}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {t('doctor.bundle.intro')}
      </Typography>
      <Box display="flex" flexWrap="wrap" gridGap={8} mt={1}>
        <Button
          variant="contained"
          color="primary"
          disabled={props.disabled}
          onClick={copy}
        >
          {t('doctor.bundle.copy')}
        </Button>
        {DOWNLOADS.map(format => (
          <Button
            key={format.extension}
            variant="outlined"
            disabled={props.disabled}
            onClick={() => {
              const { bundle, secrets } = build();
              download(
                `access-diagnostics-${stamp()}.${format.extension}`,
                format.render(bundle, secrets),
                format.mimeType,
              );
            }}
          >
            {t(format.label)}
          </Button>
        ))}
      </Box>
      {status && (
        <Typography
          variant="body2"
          role={status.ok ? 'status' : 'alert'}
          color={status.ok ? 'textPrimary' : 'error'}
        >
          {status.message}
        </Typography>
      )}
    </section>
  );
}
