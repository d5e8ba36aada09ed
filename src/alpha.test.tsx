import { screen } from '@testing-library/react';
import {
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
  useRouteRef,
} from '@backstage/core-plugin-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import { backstageToken, TEST_BACKEND } from '../test/builders/tokens';
import { defaultDoctorHandlers } from '../test/msw/doctorHandlers';
import { userinfoHandler } from '../test/msw/handlers';
import { setupMswServer } from '../test/msw/server';
import accessInspectorPlugin from './alpha';
import { rootRouteRef } from './routes';

setupMswServer(
  userinfoHandler({ sub: 'user:default/alice' }),
  ...defaultDoctorHandlers(),
);

jest.setTimeout(20_000);

describe('My Access in the new frontend system', () => {
  it('sits under the app page header, without a header of its own', async () => {
    renderTestApp({
      extensions: [
        accessInspectorPlugin.getExtension('page:access-inspector'),
        accessInspectorPlugin.getExtension('api:access-inspector/userinfo'),
        accessInspectorPlugin.getExtension(
          'api:access-inspector/permission-metadata',
        ),
        accessInspectorPlugin.getExtension('api:access-inspector/probe'),
        accessInspectorPlugin.getExtension('api:access-inspector/agents'),
        accessInspectorPlugin.getExtension(
          'api:access-inspector/session-timeline',
        ),
      ],
      initialRouteEntries: ['/my-access'],
      apis: [
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: 'user:default/alice',
            token: backstageToken(),
          }),
        ],
        [discoveryApiRef, mockApis.discovery({ baseUrl: TEST_BACKEND })],
        [
          fetchApiRef,
          {
            fetch: (input: RequestInfo | URL, init?: RequestInit) =>
              fetch(input, init),
          },
        ],
      ],
    });

    expect(
      await screen.findByText(
        'user:default/alice',
        { selector: 'strong' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 1 });
    expect(headings).toHaveLength(1);
    expect(headings[0]).toHaveTextContent('My Access');
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Who Backstage thinks you are, and why a request may get 401',
      ),
    ).toBeInTheDocument();
  });
});

describe('the route ref in the new frontend system', () => {
  it('links to My Access with the legacy rootRouteRef', async () => {
    function LinkToMyAccess() {
      const myAccess = useRouteRef(rootRouteRef);
      return <a href={myAccess()}>Open My Access</a>;
    }
    renderTestApp({
      features: [accessInspectorPlugin],
      extensions: [
        PageBlueprint.make({
          name: 'links',
          params: {
            path: '/links',
            loader: async () => <LinkToMyAccess />,
          },
        }),
      ],
      initialRouteEntries: ['/links'],
    });

    expect(
      await screen.findByRole('link', { name: 'Open My Access' }),
    ).toHaveAttribute('href', '/my-access');
  });
});
