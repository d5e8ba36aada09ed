import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
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
import { groupEntity, userEntity } from '../../../test/builders/entities';
import { backstageToken, TEST_BACKEND } from '../../../test/builders/tokens';
import { MemoryStorage } from '../../../test/builders/memoryStorage';
import { defaultDoctorHandlers } from '../../../test/msw/doctorHandlers';
import { userinfoHandler } from '../../../test/msw/handlers';
import { pluginApis } from '../../../test/msw/pluginApis';
import { setupMswServer } from '../../../test/msw/server';
import { MyAccessPage } from '../MyAccessPage';
import { accessHistoryApiRef } from './AccessHistoryApi';
import { AccessHistoryStore, buildSnapshot } from './logic';

setupMswServer(
  userinfoHandler({ sub: 'user:default/alice' }),
  ...defaultDoctorHandlers(),
);

jest.setTimeout(20_000);

const ALICE = 'user:default/alice';

function renderPage(storage: MemoryStorage) {
  const identityApi = mockApis.identity({
    userEntityRef: ALICE,
    ownershipEntityRefs: [ALICE, 'group:default/team-a'],
    token: backstageToken({ payload: { sub: ALICE } }),
  });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [identityApiRef, identityApi],
        [discoveryApiRef, mockApis.discovery({ baseUrl: TEST_BACKEND })],
        [
          fetchApiRef,
          { fetch: (i: RequestInfo | URL, o?: RequestInit) => fetch(i, o) },
        ],
        [
          catalogApiRef,
          catalogApiMock({
            entities: [userEntity('alice', ['team-a']), groupEntity('team-a')],
          }),
        ],
        [accessHistoryApiRef, new AccessHistoryStore(storage)],
        ...pluginApis(),
      ]}
    >
      <MyAccessPage />
    </TestApiProvider>,
  );
}

describe('Since your last visit', () => {
  it('says it is the first visit, and keeps this one without a token', async () => {
    const storage = new MemoryStorage();
    await renderPage(storage);
    expect(
      await screen.findByText(/This is your first visit from this browser/),
    ).toBeInTheDocument();
    const [kept] = [...storage.items.values()];
    expect(JSON.parse(kept)).toEqual([
      expect.objectContaining({
        userRef: ALICE,
        ownershipRefs: ['group:default/team-a', ALICE],
        catalogGroups: { direct: ['group:default/team-a'], inherited: [] },
      }),
    ]);
    expect(kept).not.toMatch(/eyJ/);
  });

  it('names what changed since the last visit, with a link to the card', async () => {
    const storage = new MemoryStorage();
    new AccessHistoryStore(storage).save(
      buildSnapshot(
        {
          userRef: ALICE,
          ownershipRefs: [
            ALICE,
            'group:default/team-a',
            'group:default/team-b',
          ],
          catalogGroups: {
            direct: ['group:default/team-a', 'group:default/team-b'],
            inherited: [],
          },
        },
        Date.UTC(2026, 11, 3, 14, 2),
      ),
    );
    await renderPage(storage);
    const changes = await screen.findByRole('list', {
      name: 'Since your last visit',
    });
    expect(
      within(changes).getByText(
        /No longer in group:default\/team-b \(catalog\)/,
      ),
    ).toBeInTheDocument();
    expect(
      within(changes).getByText(
        /group:default\/team-b no longer in your identity’s ownership refs/,
      ),
    ).toBeInTheDocument();
    expect(
      within(changes).getAllByRole('link', { name: 'See Groups' })[0],
    ).toHaveAttribute('href', '#access-inspector-groups');
    expect(screen.getByText(/^Since (Dec 3|3 Dec).*:$/)).toBeInTheDocument();
  });

  it('says in one line when nothing changed', async () => {
    const storage = new MemoryStorage();
    const first = await renderPage(storage);
    await screen.findByText(/This is your first visit/);
    first.unmount();
    await renderPage(storage);
    expect(
      await screen.findByText(/^Nothing changed since /),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Since your last visit' }),
    ).toBeNull();
  });

  it('forgets every snapshot, and can be turned off', async () => {
    const storage = new MemoryStorage();
    await renderPage(storage);
    await screen.findByText(/This is your first visit/);
    await userEvent.click(
      screen.getByRole('button', { name: 'Forget every snapshot' }),
    );
    expect(
      screen.getByText(
        'Forgot the snapshots of the one user kept in this browser.',
      ),
    ).toBeInTheDocument();
    expect([...storage.items.keys()].filter(k => k.includes(':user:'))).toEqual(
      [],
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: /Remember what My Access shows/ }),
    );
    expect(await screen.findByText(/Remembering is off/)).toBeInTheDocument();
  });

  it('says when the browser refuses to store anything, and the page still renders', async () => {
    const storage = new MemoryStorage(10);
    await renderPage(storage);
    expect(
      await screen.findByText(/storage for this site is full/),
    ).toBeInTheDocument();
    // The token card renders where the summary's link points.
    expect(
      within(document.getElementById('access-inspector-token')!).getByText(
        'Backstage token',
      ),
    ).toBeInTheDocument();
  });
});
