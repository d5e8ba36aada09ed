import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { MyAccessContent } from './MyAccessPage';

/**
 * My Access as the new frontend system's page renders it: under the app's
 * page header, with React Router v6 scoped to the page explicitly (its
 * support bundle sub-route and relative links), as the system asks of a
 * page that uses react-router instead of its implicit fallback.
 */
export function MyAccessNfsPage() {
  return (
    <ReactRouterV6PageRouter>
      <MyAccessContent showSubtitle />
    </ReactRouterV6PageRouter>
  );
}
