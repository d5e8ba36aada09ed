import { lazy, Suspense } from 'react';
import type { ResolvedSignInProvider } from '../shared/providers';
import type { ProviderSignInState } from './logic/signInFlowState';

// The rule and its strings load with the failure rules, only once a proxied
// provider's refresh has reached Backstage without its proxy.
const OpenDoorPanels = lazy(() =>
  import('./OpenDoorPanels').then(m => ({ default: m.OpenDoorPanels })),
);

/**
 * Says to whoever looks that this address lets anyone sign in as anyone:
 * a proxied provider's refresh reached the auth backend without its proxy,
 * and its module trusts plain headers (oauth2Proxy). Nothing when no
 * proxied provider reported a missing header.
 */
export function OpenDoorNotice(props: {
  providers: ResolvedSignInProvider[];
  stateOf: (provider: ResolvedSignInProvider) => ProviderSignInState;
}) {
  const bypassed = props.providers.flatMap(provider => {
    const finding = props.stateOf(provider).finding;
    return provider.kind === 'proxied' && finding?.id === 'proxyHeaderMissing'
      ? [{ provider, finding }]
      : [];
  });
  if (bypassed.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <OpenDoorPanels bypassed={bypassed} />
    </Suspense>
  );
}
