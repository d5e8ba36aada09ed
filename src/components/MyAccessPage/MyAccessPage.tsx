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
import { MyAccessDataProvider, useMyAccessData } from '../../hooks/useMyAccessData';
import { accessInspectorTranslationRef } from '../../translation';
import { BackstageTokenCard } from '../BackstageTokenCard';
import { GroupsCard } from '../GroupsCard';
import { PermissionsCard } from '../PermissionsCard';

function TokenSection() {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const { value, loading, error, retry } = useMyAccessData().token;
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
        <MyAccessDataProvider>
          <Grid container spacing={3}>
            <Grid item xs={12} xl={6}>
              <TokenSection />
            </Grid>
            <Grid item xs={12} xl={6}>
              <GroupsCard />
            </Grid>
            <Grid item xs={12}>
              <PermissionsCard />
            </Grid>
          </Grid>
        </MyAccessDataProvider>
      </Content>
    </Page>
  );
}
