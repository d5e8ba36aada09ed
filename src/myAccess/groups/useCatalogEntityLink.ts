import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';

/**
 * A link builder for catalog entity pages, or undefined when the app has no
 * catalog entity route. `useRouteRef` throws for a route the app lacks; its
 * own hooks have all run by then, so catching keeps the hook order stable.
 */
export function useCatalogEntityLink(): ((ref: string) => string) | undefined {
  let route:
    | ReturnType<
        typeof useRouteRef<{ namespace: string; kind: string; name: string }>
      >
    | undefined;
  try {
    // eslint-disable-next-line react-hooks/rules-of-hooks -- called on every render; see above
    route = useRouteRef(entityRouteRef);
  } catch {
    route = undefined;
  }
  if (!route) return undefined;
  const resolved = route;
  return (ref: string) =>
    resolved(entityRouteParams(ref, { encodeParams: true }));
}
