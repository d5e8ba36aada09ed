import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Typography from '@material-ui/core/Typography';
import { accessInspectorTranslationRef } from '../translation';
import {
  ACCESS_RESTRICTIONS_SNIPPET,
  ACTION_FILTERS_SNIPPET,
  VISIBILITY_PERMISSION_SNIPPET,
} from './logic';
import { Section, Snippet } from './Section';
import { useAgentsCardStyles as useStyles } from './agentsCardStyles';

export function ContainSection() {
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const measures = [
    {
      title: t('agents.contain.filtersTitle'),
      body: t('agents.contain.filtersBody'),
      code: ACTION_FILTERS_SNIPPET,
      copyLabel: t('agents.contain.copyFilters'),
    },
    {
      title: t('agents.contain.visibilityTitle'),
      body: t('agents.contain.visibilityBody'),
      code: VISIBILITY_PERMISSION_SNIPPET,
      copyLabel: t('agents.contain.copyVisibility'),
    },
    {
      title: t('agents.contain.restrictionsTitle'),
      body: t('agents.contain.restrictionsBody'),
      code: ACCESS_RESTRICTIONS_SNIPPET,
      copyLabel: t('agents.contain.copyRestrictions'),
    },
  ];
  return (
    <Section title={t('agents.contain.heading')}>
      {measures.map(measure => (
        <div key={measure.title} className={classes.measure}>
          <Typography variant="subtitle2" component="h4">
            {measure.title}
          </Typography>
          <Typography variant="body2">{measure.body}</Typography>
          <Snippet
            code={measure.code}
            label={measure.title}
            copyLabel={measure.copyLabel}
          />
        </div>
      ))}
    </Section>
  );
}
