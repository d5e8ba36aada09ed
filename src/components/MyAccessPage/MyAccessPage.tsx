import {
  Content,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import { useBackstageToken } from '../../hooks/useBackstageToken';
import { accessInspectorTranslationRef } from '../../translation';
import { BackstageTokenCard } from '../BackstageTokenCard';

function TokenSection() {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const { value, loading, error, retry } = useBackstageToken();
  if (loading) return <Progress />;
  if (error) {
    return (
      <>
        <ResponseErrorPanel title={t('errors.identityFailed')} error={error} />
        <Button variant="outlined" onClick={retry}>
          {t('errors.retry')}
        </Button>
      </>
    );
  }
  if (!value) return null;
  return <BackstageTokenCard state={value} />;
}

/**
 * The My Access page content, without routing.
 *
 * @public
 */
export function MyAccessPage() {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return (
    <Page themeId="tool">
      <Header
        title={t('myAccessPage.title')}
        subtitle={t('myAccessPage.subtitle')}
      />
      <Content>
        <Grid container spacing={3}>
          <Grid item xs={12} lg={8}>
            <TokenSection />
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
