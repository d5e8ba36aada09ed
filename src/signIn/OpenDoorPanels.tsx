import {
  configApiRef,
  discoveryApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import type { ResolvedSignInProvider } from '../shared/providers';
import type { SignInFinding } from '../shared/logic/signInFailures';
import { proxiedOpenDoor } from '../shared/logic/openDoors/headerTrust';
import { proxiedRefreshUrl } from '../shared/providers/proxiedSession';
import { useSignInText } from '../shared/hooks/useSignInText';
import { FindingPanel } from './FindingPanel';

const useStyles = makeStyles(theme => ({
  doors: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1.5),
    marginBottom: theme.spacing(3),
  },
}));

/**
 * The open doors of {@link OpenDoorNotice}: one panel per header-trusting
 * provider whose refresh reached the auth backend without its proxy.
 */
export function OpenDoorPanels(props: {
  bypassed: Array<{ provider: ResolvedSignInProvider; finding: SignInFinding }>;
}) {
  const classes = useStyles();
  const text = useSignInText();
  const discoveryApi = useApi(discoveryApiRef);
  const environment =
    useApi(configApiRef).getOptionalString('auth.environment');
  // Discovery reads config: the address the refresh went to.
  const auth = useAsync(() => discoveryApi.getBaseUrl('auth'), [discoveryApi]);
  if (auth.loading) return null;
  const doors = props.bypassed.flatMap(({ provider, finding }) => {
    const door = proxiedOpenDoor(
      {
        providerId: provider.id,
        providerTitle: provider.title,
        outcome: 'headerMissing',
        requestUrl:
          auth.value && proxiedRefreshUrl(auth.value, provider.id, environment),
        evidence: finding.evidence,
      },
      text,
    );
    return door?.severity === 'problem' ? [door] : [];
  });
  if (doors.length === 0) return null;
  return (
    <section aria-label={text('openDoor.heading')} className={classes.doors}>
      {doors.map((door, index) => (
        <FindingPanel key={`${door.id}-${index}`} finding={door} />
      ))}
    </section>
  );
}
