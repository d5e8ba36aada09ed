import { useSyncExternalStore } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { useSessionTimeline, type SessionEvent } from '../../shared/timeline';
import { useFindingText } from '../../shared/findings';
import { accessInspectorTranslationRef } from '../translation';

/**
 * The events of this tab's session, newest first, from the app's timeline.
 */
export function SessionTimeline() {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const { subscribe, getEvents } = useSessionTimeline();
  const events = useSyncExternalStore(subscribe, getEvents);
  const text = useFindingText(accessInspectorTranslationRef, 'doctor');
  const label = (event: SessionEvent) => text(`timeline.types.${event.type}`);
  return (
    <section aria-label={t('doctor.timeline.title')}>
      <Typography variant="h6" component="h3">
        {t('doctor.timeline.title')}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {t('doctor.timeline.subheader')}
      </Typography>
      {events.length === 0 ? (
        <Typography variant="body2">{t('doctor.timeline.empty')}</Typography>
      ) : (
        <List dense aria-label={t('doctor.timeline.list')}>
          {[...events].reverse().map((event, index) => (
            <ListItem key={`${event.at}-${index}`} disableGutters>
              <ListItemText
                primary={`${new Date(event.at).toLocaleTimeString()} · ${label(event)}`}
                secondary={event.detail}
                // Backstage's theme cuts a dense list item's text at one
                // line with an ellipsis ("…expires 202"): the timeline's
                // lines wrap instead, a URL or time at any character.
                style={{
                  whiteSpace: 'normal',
                  overflow: 'visible',
                  overflowWrap: 'anywhere',
                }}
              />
            </ListItem>
          ))}
        </List>
      )}
    </section>
  );
}
