import { screen, waitFor, within } from '@testing-library/react';
import {
  configApiRef,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
} from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { userEntity } from '../../../test/builders/entities';
import { backstageToken, TEST_BACKEND } from '../../../test/builders/tokens';
import { defaultDoctorHandlers } from '../../../test/msw/doctorHandlers';
import { userinfoHandler } from '../../../test/msw/handlers';
import { pluginApis } from '../../../test/msw/pluginApis';
import { setupMswServer } from '../../../test/msw/server';
import { decodeToken } from '../../shared/logic/token/decodeToken';
import { MyAccessPage } from '../MyAccessPage';
import { MyAccessDataProvider, useProviderIdToken } from './useMyAccessData';
import { encodeJwt } from '../../../test/builders/tokens';

// Every importer of the decoder (the token hook, the doctor's checks, the
// redaction) gets this counting wrapper around the real one.
jest.mock('../../shared/logic/token/decodeToken', () => {
  const actual = jest.requireActual('../../shared/logic/token/decodeToken');
  return { ...actual, decodeToken: jest.fn(actual.decodeToken) };
});

setupMswServer(
  userinfoHandler({ sub: 'user:default/alice' }),
  ...defaultDoctorHandlers(),
);

jest.setTimeout(30_000);

describe('one My Access page view', () => {
  it('decodes the Backstage token once, for the token card and the doctor alike', async () => {
    const token = backstageToken({ payload: { sub: 'user:default/alice' } });
    const decode = decodeToken as jest.MockedFunction<typeof decodeToken>;
    decode.mockClear();

    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            identityApiRef,
            mockApis.identity({ userEntityRef: 'user:default/alice', token }),
          ],
          [discoveryApiRef, mockApis.discovery({ baseUrl: TEST_BACKEND })],
          [
            fetchApiRef,
            {
              fetch: (input: RequestInfo | URL, init?: RequestInit) =>
                fetch(input, init),
            },
          ],
          [
            configApiRef,
            mockApis.config({
              data: {
                app: { baseUrl: 'http://localhost' },
                backend: { baseUrl: TEST_BACKEND },
              },
            }),
          ],
          [catalogApiRef, catalogApiMock({ entities: [userEntity('alice')] })],
          ...pluginApis(),
        ]}
      >
        <MyAccessPage />
      </TestApiProvider>,
    );

    // The token card shows the decoded claims, the doctor has run its token checks.
    const claims = await screen.findByRole(
      'table',
      { name: 'Claims' },
      { timeout: 15_000 },
    );
    expect(within(claims).getByText('user:default/alice')).toBeInTheDocument();
    const checks = await screen.findByRole(
      'list',
      { name: 'Checks' },
      { timeout: 15_000 },
    );
    expect(
      within(checks).getByText(/A Backstage token is sent with requests/),
    ).toBeInTheDocument();

    const decodesOfTheToken = decode.mock.calls.filter(
      ([arg]) => arg === token,
    );
    expect(decodesOfTheToken).toHaveLength(1);
  });

  it("reads and decodes a provider's ID token once for every card that shows it", async () => {
    const token = backstageToken({ payload: { sub: 'user:default/alice' } });
    const idToken = encodeJwt(
      { alg: 'RS256' },
      { iss: 'https://idp.example', sub: 'alice', groups: ['team-a'] },
    );
    const oidcRef = { id: 'core.auth.oidc-test' };
    const oidcApi = { getIdToken: jest.fn(async () => idToken) };
    const decode = decodeToken as jest.MockedFunction<typeof decodeToken>;
    decode.mockClear();

    function Reader(props: { name: string }) {
      const read = useProviderIdToken(oidcApi, oidcRef);
      const subject =
        read.value?.kind === 'decoded'
          ? String(read.value.token.payload.sub)
          : '…';
      return (
        <p>
          {props.name}: {subject}
        </p>
      );
    }

    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            identityApiRef,
            mockApis.identity({ userEntityRef: 'user:default/alice', token }),
          ],
          [discoveryApiRef, mockApis.discovery({ baseUrl: TEST_BACKEND })],
          [
            fetchApiRef,
            {
              fetch: (input: RequestInfo | URL, init?: RequestInit) =>
                fetch(input, init),
            },
          ],
          ...pluginApis(),
        ]}
      >
        <MyAccessDataProvider>
          <Reader name="sessions" />
          <Reader name="groups claim" />
        </MyAccessDataProvider>
      </TestApiProvider>,
    );

    expect(await screen.findByText('sessions: alice')).toBeInTheDocument();
    expect(await screen.findByText('groups claim: alice')).toBeInTheDocument();
    expect(oidcApi.getIdToken).toHaveBeenCalledTimes(1);
    expect(oidcApi.getIdToken).toHaveBeenCalledWith({ optional: true });
    await waitFor(() =>
      expect(decode.mock.calls.filter(([arg]) => arg === idToken)).toHaveLength(
        1,
      ),
    );
  });
});
