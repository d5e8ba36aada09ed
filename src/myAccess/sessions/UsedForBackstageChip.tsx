import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Chip from '@material-ui/core/Chip';
import { accessInspectorTranslationRef } from '../translation';

/** Marks the provider this Backstage session came from. */
export function UsedForBackstageChip() {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return (
    <Chip
      size="small"
      variant="outlined"
      label={t('providersCard.usedForBackstage')}
    />
  );
}
