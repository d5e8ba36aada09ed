import { useState } from 'react';
import { InfoCard, WarningPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { accessInspectorTranslationRef } from '../translation';
import { BundleComparison } from './BundleComparison';
import { BundleInput, type BundleSource } from './BundleInput';
import { BundleView } from './BundleView';
import { bundleSender } from './logic';
import {
  BUNDLE_VERSION,
  MAX_BUNDLE_BYTES,
  openBundle,
  type BundleProblem,
  type OpenedBundle,
} from './logic';

const useStyles = makeStyles(theme => ({
  banner: {
    padding: theme.spacing(2),
    margin: theme.spacing(2, 0),
    borderRadius: theme.shape.borderRadius,
    border: `2px solid ${theme.palette.secondary.main}`,
    overflowWrap: 'anywhere',
  },
  issues: {
    margin: 0,
    paddingLeft: theme.spacing(3),
    overflowWrap: 'anywhere',
  },
}));

type T = (key: string, params?: Record<string, string | number>) => string;

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

function problemText(t: T, problem: BundleProblem): string {
  switch (problem.kind) {
    case 'tooLarge':
      return t('bundle.problem.tooLarge', {
        size: size(problem.bytes),
        max: size(MAX_BUNDLE_BYTES),
      });
    case 'notJson':
      return t(
        problem.truncated
          ? 'bundle.problem.truncated'
          : 'bundle.problem.notJson',
        {
          message: problem.message,
        },
      );
    case 'notBundle':
      return problem.found
        ? t('bundle.problem.notBundleKind', { found: problem.found })
        : t('bundle.problem.notBundle');
    case 'newer':
      return t('bundle.problem.newer', {
        version: problem.version,
        supported: BUNDLE_VERSION,
      });
    case 'older':
      return t('bundle.problem.older', { version: problem.version });
    case 'invalid':
      return t('bundle.problem.invalid');
    default:
      return t(`bundle.problem.${problem.kind}`);
  }
}

/**
 * Opens a support bundle someone sent: read in this browser only, never
 * sent or stored; shown read-only as the sender's, with a comparison of the
 * viewer's own access on request.
 */
export function BundleViewer() {
  const classes = useStyles();
  const { t: typed } = useTranslationRef(accessInspectorTranslationRef);
  const t = typed as unknown as T;
  const [opened, setOpened] = useState<OpenedBundle>();
  const [readError, setReadError] = useState<string>();

  const onOpen = (source: BundleSource) => {
    setReadError(undefined);
    setOpened(openBundle(source.text, source.bytes));
  };

  return (
    <>
      <InfoCard title={t('bundle.pageTitle')}>
        <BundleInput
          maxBytes={MAX_BUNDLE_BYTES}
          onOpen={onOpen}
          onReadError={message => {
            setOpened(undefined);
            setReadError(message);
          }}
        />
        {readError && (
          <Box mt={2}>
            <WarningPanel
              severity="error"
              title={t('bundle.problem.title')}
              defaultExpanded
            >
              {t('bundle.problem.readFailed', { message: readError })}
            </WarningPanel>
          </Box>
        )}
        {opened && !opened.ok && (
          <Box mt={2}>
            <WarningPanel
              severity="error"
              title={t('bundle.problem.title')}
              defaultExpanded
            >
              <Typography variant="body2">
                {problemText(t, opened.problem)}
              </Typography>
              {opened.problem.kind === 'invalid' && (
                <ul className={classes.issues}>
                  {opened.problem.issues.map(issue => (
                    <Typography key={issue} variant="body2" component="li">
                      {issue}
                    </Typography>
                  ))}
                </ul>
              )}
            </WarningPanel>
          </Box>
        )}
      </InfoCard>
      {opened?.ok && (
        <>
          <Box
            className={classes.banner}
            role="region"
            aria-label={t('bundle.banner.title', {
              user:
                bundleSender(opened.bundle) ?? t('bundle.banner.unknownUser'),
            })}
          >
            <Typography variant="h6" component="h2">
              {t('bundle.banner.title', {
                user:
                  bundleSender(opened.bundle) ?? t('bundle.banner.unknownUser'),
              })}
            </Typography>
            <Typography variant="body2">
              {t('bundle.banner.detail', { when: opened.bundle.generatedAt })}
            </Typography>
          </Box>
          {opened.leaks.length > 0 && (
            <Box mb={2}>
              <WarningPanel
                severity="warning"
                title={t('bundle.leaks.title')}
                defaultExpanded
              >
                {t('bundle.leaks.detail', {
                  paths: opened.leaks
                    .map(l => `${l.path} (${l.what})`)
                    .join(', '),
                })}
              </WarningPanel>
            </Box>
          )}
          {opened.lacks.length > 0 && (
            <Box mb={2}>
              <Typography variant="body2">
                {t('bundle.lacks', {
                  version: String(opened.bundle.version),
                  parts: opened.lacks
                    .map(p => t(`bundle.lackParts.${p}`))
                    .join(', '),
                })}
              </Typography>
            </Box>
          )}
          <BundleComparison bundle={opened.bundle} />
          <Box mt={2} />
          <BundleView bundle={opened.bundle} />
        </>
      )}
    </>
  );
}
