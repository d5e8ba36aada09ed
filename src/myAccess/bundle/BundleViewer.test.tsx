import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { identityApiRef } from '@backstage/core-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { backstageToken } from '../../../test/builders/tokens';
import { decodeToken } from '../../shared/logic/token';
import { agentsApiRef } from '../data/AgentsApi';
import { permissionMetadataApiRef } from '../data/PermissionMetadataApi';
import {
  buildSupportBundle,
  formatBundleJson,
  formatBundleMarkdown,
} from '../doctor/logic/supportBundle';
import { BundleViewer } from './BundleViewer';
import { MAX_BUNDLE_BYTES } from './logic';

jest.setTimeout(20_000);

const createPermission = {
  type: 'basic' as const,
  name: 'catalog.entity.create',
  attributes: { action: 'create' as const },
};

const refreshPermission = {
  type: 'resource' as const,
  name: 'catalog.entity.refresh',
  attributes: {},
  resourceType: 'catalog-entity',
};

const GENERATED = Date.parse('2027-01-15T08:00:00Z');

function aliceBundle(
  title = 'The token expired',
  extras: Partial<Parameters<typeof buildSupportBundle>[0]> = {},
) {
  const token = backstageToken({ payload: { sub: 'user:default/alice' } });
  const decoded = decodeToken(token);
  if (!decoded.ok) throw new Error(decoded.error.message);
  const bundle = buildSupportBundle({
    generatedAtMs: Date.parse('2027-01-15T08:00:00Z'),
    environment: {},
    findings: [
      { id: 'exp', severity: 'problem', title, detail: 'It expired.' },
    ],
    decoded: { header: decoded.token.header, payload: decoded.token.payload },
    groups: {
      userEntityRef: 'user:default/alice',
      differences: [
        { ref: 'group:default/team-b', inIdentity: false, inCatalog: true },
      ],
    },
    permissions: {
      enabled: true,
      decisions: [
        {
          pluginId: 'catalog',
          name: 'catalog.entity.create',
          decision: 'DENY',
        },
      ],
      errors: [],
    },
    timeline: [],
    token,
    ...extras,
  });
  return { bundle, token };
}

async function renderViewer() {
  const authorize = jest.fn(async () => ({ result: AuthorizeResult.ALLOW }));
  const getPermissionMetadata = jest.fn(async (pluginId: string) => ({
    status: 'found' as const,
    pluginId,
    url: `http://backend/api/${pluginId}`,
    metadata: { permissions: [createPermission, refreshPermission], rules: [] },
  }));
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: 'user:default/admin',
            ownershipEntityRefs: ['user:default/admin', 'group:default/admins'],
          }),
        ],
        [permissionApiRef, { authorize }],
        [permissionMetadataApiRef, { getPermissionMetadata }],
        [agentsApiRef, { listActions: jest.fn() }],
      ]}
    >
      <BundleViewer />
    </TestApiProvider>,
  );
  return { authorize, getPermissionMetadata };
}

async function paste(text: string) {
  fireEvent.change(screen.getByLabelText('Or paste the bundle’s text'), {
    target: { value: text },
  });
  await userEvent.click(screen.getByRole('button', { name: 'Open' }));
}

describe('BundleViewer', () => {
  it('shows a pasted bundle as the sender’s, and compares it with my access on request', async () => {
    const { authorize } = await renderViewer();
    const { bundle, token } = aliceBundle();
    await paste(formatBundleJson(bundle, [token]));

    expect(
      screen.getByRole('region', {
        name: 'Someone else’s access: user:default/alice',
      }),
    ).toHaveTextContent(
      'As their bundle recorded it at 2027-01-15T08:00:00.000Z',
    );
    const checks = screen.getByRole('list', { name: 'Sender’s doctor checks' });
    expect(within(checks).getByText('The token expired')).toBeInTheDocument();
    expect(authorize).not.toHaveBeenCalled();

    await userEvent.click(
      screen.getAllByRole('button', { name: 'Compare with my access' })[0],
    );
    const differences = await screen.findByRole('list', {
      name: /How your access differs \(you are user:default\/admin/,
    });
    expect(authorize).toHaveBeenCalledWith({ permission: createPermission });
    expect(
      within(differences).getByText(
        'The sender is denied catalog.entity.create; you are allowed.',
      ),
    ).toBeInTheDocument();
    expect(
      within(differences).getByText(
        'The sender’s token lacks group:default/team-b, which the catalog lists for them.',
      ),
    ).toBeInTheDocument();
    expect(
      within(differences).getByText(
        'The sender’s doctor found 1 problem: The token expired.',
      ),
    ).toBeInTheDocument();
  });

  it('asks for the JSON bundle when given the Markdown one', async () => {
    await renderViewer();
    const { bundle, token } = aliceBundle();
    await paste(formatBundleMarkdown(bundle, [token]));
    expect(screen.getByText(/This is the Markdown bundle/)).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: /Someone else’s access/ }),
    ).toBeNull();
  });

  it('says a truncated file is cut short, and a file too large is not read', async () => {
    await renderViewer();
    const { bundle, token } = aliceBundle();
    await paste(formatBundleJson(bundle, [token]).slice(0, 200));
    expect(screen.getByText(/The file is cut short/)).toBeInTheDocument();

    const big = new File(['x'.repeat(MAX_BUNDLE_BYTES + 1)], 'huge.json', {
      type: 'application/json',
    });
    const read = jest.spyOn(FileReader.prototype, 'readAsText');
    const input = document.querySelector(
      'input[type="file"]',
    ) as HTMLInputElement;
    await userEvent.upload(input, big);
    expect(
      await screen.findByText(/this page reads none larger than/),
    ).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();

    // A file of another kind (dropped, or chosen past the filter) is read,
    // and said not to be JSON.
    fireEvent.change(input, {
      target: {
        files: [new File(['\x89PNG\r\n'], 'logo.png', { type: 'image/png' })],
      },
    });
    expect(await screen.findByText(/This is not JSON/)).toBeInTheDocument();
  });

  it('renders hostile strings as text', async () => {
    await renderViewer();
    const { bundle, token } = aliceBundle(
      '<img src=x onerror="window.pwned=1">',
    );
    await paste(formatBundleJson(bundle, [token]));
    expect(
      screen.getByText('<img src=x onerror="window.pwned=1">'),
    ).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('shows the sender’s provider sessions as theirs at the bundle’s time, with their ID token’s claims and no token', async () => {
    await renderViewer();
    const planted = backstageToken({ payload: { sub: 'user:default/eve' } });
    const { bundle, token } = aliceBundle('The token expired', {
      providerSessions: [
        {
          providerId: 'oidc',
          title: 'Local IdP',
          kind: 'oauth',
          usedForBackstage: true,
          state: 'signedIn',
          profile: { displayName: 'Alice', email: 'alice@example.com' },
          backstageExpiresAtMs: GENERATED + 3_600_000,
          idToken: {
            status: 'decoded',
            claims: {
              iss: 'http://127.0.0.1:7010',
              sub: 'alice-idp-subject',
              exp: GENERATED / 1000 - 60,
              nested_token: planted,
            },
          },
        },
        {
          providerId: 'github',
          title: 'GitHub',
          kind: 'oauth',
          usedForBackstage: false,
          state: 'signedOut',
        },
      ],
    });
    await paste(formatBundleJson(bundle, [token]));

    const sessions = screen.getByRole('region', { name: 'Local IdP' });
    expect(
      screen.getByText(
        'As the sender’s sessions card showed them at 2027-01-15T08:00:00.000Z, not your own sessions.',
      ),
    ).toBeInTheDocument();
    expect(within(sessions).getByText('Signed in')).toBeInTheDocument();
    expect(
      within(sessions).getByText(
        'The sender’s Backstage session came from it.',
      ),
    ).toBeInTheDocument();
    expect(
      within(sessions).getByText('Alice · alice@example.com'),
    ).toBeInTheDocument();
    // Relative to the bundle's time, not to now.
    expect(
      within(sessions).getByText(/\(in 60 minutes as of the bundle\)/),
    ).toBeInTheDocument();
    const claims = within(sessions).getByRole('table', {
      name: 'Claims of the sender’s ID token from Local IdP (decoded, not verified)',
    });
    expect(within(claims).getByText('alice-idp-subject')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(planted);
    const github = screen.getByRole('region', { name: 'GitHub' });
    expect(within(github).getByText('Not signed in')).toBeInTheDocument();
    expect(
      within(github).getByText(
        'The sender’s Backstage session came from another provider.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/it has no provider sessions/)).toBeNull();
  });

  it('says precisely what an older bundle lacks', async () => {
    await renderViewer();
    const { bundle, token } = aliceBundle();
    await paste(formatBundleJson({ ...bundle, version: 2 } as never, [token]));
    expect(
      screen.getByText(
        'This bundle was written by an older version of this plugin (bundle version 2): it has no provider sessions, names of the rules a conditional decision can use. The view and the comparison cannot show what it does not hold.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Sender’s provider sessions' }),
    ).toBeNull();
  });

  it('names the rules a conditional decision can use, in the decisions and in the comparison', async () => {
    const { authorize } = await renderViewer();
    const { bundle, token } = aliceBundle('The token expired', {
      permissions: {
        enabled: true,
        decisions: [
          {
            pluginId: 'catalog',
            name: 'catalog.entity.refresh',
            decision: 'DENY',
            resourceRef: 'component:default/a',
            resourceType: 'catalog-entity',
            rules: ['IS_ENTITY_OWNER', 'HAS_LABEL'],
          },
        ],
        errors: [],
      },
    });
    await paste(formatBundleJson(bundle, [token]));
    const rules = screen.getByRole('list', {
      name: 'Rules a conditional decision can use',
    });
    expect(
      within(rules).getByText(
        'catalog-entity (catalog.entity.refresh): IS_ENTITY_OWNER, HAS_LABEL',
      ),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getAllByRole('button', { name: 'Compare with my access' })[0],
    );
    const differences = await screen.findByRole('list', {
      name: /How your access differs/,
    });
    expect(authorize).toHaveBeenCalledWith({
      permission: refreshPermission,
      resourceRef: 'component:default/a',
    });
    expect(
      within(differences).getByText(
        /^The sender is denied catalog\.entity\.refresh for component:default\/a; you are allowed\. .*If the policy decides catalog\.entity\.refresh with conditions, they are made of the rules catalog-entity offers \(IS_ENTITY_OWNER, HAS_LABEL\): those test the resource’s data, which this page cannot see/,
      ),
    ).toBeInTheDocument();
  });
});
