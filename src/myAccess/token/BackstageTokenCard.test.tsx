import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { identityApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { decodeToken } from '../../shared/logic/token';
import { backstageToken, encodeJwt } from '../../../test/builders/tokens';
import {
  BackstageTokenCard,
  BackstageTokenCardView,
} from './BackstageTokenCard';

// Card renders with MUI tables are slow on a loaded machine.
jest.setTimeout(20_000);

const NOW = 1_800_000_000;
/** A signature as ES256 makes it: 64 bytes, 86 base64url characters. */
const UIP = Buffer.alloc(64, 0xa7).fill(0x3c, 20, 40).toString('base64url');

async function renderCard(token: string) {
  return renderInTestApp(
    <BackstageTokenCardView
      nowSeconds={NOW}
      state={{
        identity: {
          type: 'user',
          userEntityRef: 'user:default/alice',
          ownershipEntityRefs: ['user:default/alice'],
        },
        profile: {},
        token,
        decoded: decodeToken(token),
      }}
    />,
  );
}

/** A token as the dev stack's backend issues it, with ownership refs. */
function devStackToken(payload: Record<string, unknown> = {}) {
  return backstageToken({
    issuedAt: NOW - 60,
    payload: {
      ent: ['user:default/alice', 'group:default/team-a'],
      uip: UIP,
      ...payload,
    },
  });
}

/** What the copy buttons put on the clipboard (they select a text and run the copy command). */
let copies: string[] = [];
function copied(): string[] {
  return copies;
}

beforeEach(() => {
  copies = [];
  document.execCommand = (command: string) => {
    if (command === 'copy') copies.push(String(window.getSelection()));
    return true;
  };
});

describe('BackstageTokenCard', () => {
  it('reads the identity itself when placed outside My Access', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            identityApiRef,
            mockApis.identity({
              userEntityRef: 'user:default/alice',
              token: devStackToken(),
            }),
          ],
        ]}
      >
        <BackstageTokenCard />
      </TestApiProvider>,
    );

    expect(
      await screen.findByText('user:default/alice', { selector: 'strong' }),
    ).toBeInTheDocument();
    const claims = screen.getByRole('table', { name: 'Claims' });
    expect(
      within(claims).getByText(
        'Hidden: limited-token signature, 86 characters',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Reveal token' }),
    ).toBeInTheDocument();
  });

  it('says so with a retry when placed on its own and the identity cannot be read', async () => {
    const identityApi = mockApis.identity({ token: devStackToken() });
    jest
      .spyOn(identityApi, 'getCredentials')
      .mockRejectedValueOnce(new Error('session store unavailable'));
    await renderInTestApp(
      <TestApiProvider apis={[[identityApiRef, identityApi]]}>
        <BackstageTokenCard />
      </TestApiProvider>,
    );

    expect(
      await screen.findByText('session store unavailable'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('table', { name: 'Claims' }),
    ).toBeInTheDocument();
  });

  it('shows the claims of a dev-stack token in clear and hides only uip', async () => {
    await renderCard(devStackToken());

    const header = screen.getByRole('table', { name: 'Header' });
    expect(within(header).getByText('ES256')).toBeInTheDocument();
    expect(within(header).getByText('c1a2b3d4-test-key')).toBeInTheDocument();
    expect(within(header).getByText('vnd.backstage.user')).toBeInTheDocument();
    const claims = screen.getByRole('table', { name: 'Claims' });
    expect(within(claims).getByText('user:default/alice')).toBeInTheDocument();
    expect(
      within(claims).getByText(/user:default\/alice\s+group:default\/team-a/),
    ).toBeInTheDocument();
    expect(within(claims).getByText('in 59 minutes')).toBeInTheDocument();
    expect(
      within(claims).getByText('http://127.0.0.1:7007/api/auth'),
    ).toBeInTheDocument();

    expect(
      within(claims).getByText(
        'Hidden: limited-token signature, 86 characters',
      ),
    ).toBeInTheDocument();
    expect(within(claims).getAllByRole('button', { name: /^Reveal/ })).toEqual([
      within(claims).getByRole('button', { name: 'Reveal uip' }),
    ]);
    expect(screen.queryAllByText(/^Hidden:/)).toHaveLength(1);
    expect(document.body.innerHTML).not.toContain(UIP);
    expect(
      within(claims).getByText(/The signature of your limited-user token/),
    ).toHaveTextContent(/until exp/);
  });

  it('reveals uip on request and hides it again', async () => {
    await renderCard(devStackToken());
    const claims = screen.getByRole('table', { name: 'Claims' });

    await userEvent.click(
      within(claims).getByRole('button', { name: 'Reveal uip' }),
    );
    expect(within(claims).getByText(UIP)).toBeInTheDocument();
    expect(
      within(claims).queryByText(/^Hidden: limited-token signature/),
    ).not.toBeInTheDocument();

    await userEvent.click(
      within(claims).getByRole('button', { name: 'Hide uip' }),
    );
    expect(document.body.innerHTML).not.toContain(UIP);
  });

  it('copies the claims with uip masked, even after Reveal, and the token only once revealed', async () => {
    const token = devStackToken();
    await renderCard(token);
    expect(
      screen.queryByRole('button', { name: 'Copy token' }),
    ).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Reveal uip' }));
    await userEvent.click(screen.getByRole('button', { name: 'Copy claims' }));

    expect(copied()).toHaveLength(1);
    const json = JSON.parse(copied()[0]);
    expect(json.header).toEqual({
      alg: 'ES256',
      kid: 'c1a2b3d4-test-key',
      typ: 'vnd.backstage.user',
    });
    expect(json.payload).toMatchObject({
      sub: 'user:default/alice',
      ent: ['user:default/alice', 'group:default/team-a'],
      exp: NOW - 60 + 3600,
      uip: 'Hidden: limited-token signature, 86 characters',
    });
    expect(copied()[0]).not.toContain(UIP);
    expect(copied()[0]).not.toContain(token.split('.')[2]);

    await userEvent.click(screen.getByRole('button', { name: 'Reveal token' }));
    await userEvent.click(screen.getByRole('button', { name: 'Copy token' }));
    expect(copied()[1]).toBe(token);
  });

  it('hides a custom claim or header parameter that holds a JWT', async () => {
    const upstream = encodeJwt(
      { alg: 'RS256', typ: 'JWT' },
      { sub: 'alice', aud: 'github' },
    );
    const token = encodeJwt(
      { alg: 'ES256', typ: 'vnd.backstage.user', x_upstream: upstream },
      { sub: 'user:default/alice', upstream, refresh_token: 'r-0123' },
    );
    await renderCard(token);

    const claims = screen.getByRole('table', { name: 'Claims' });
    expect(
      within(claims).getByText(`Hidden: JWT, ${upstream.length} characters`),
    ).toBeInTheDocument();
    expect(
      within(claims).getByText('Hidden: secret, 6 characters'),
    ).toBeInTheDocument();
    const header = screen.getByRole('table', { name: 'Header' });
    expect(
      within(header).getByText(`Hidden: JWT, ${upstream.length} characters`),
    ).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(upstream);
    expect(document.body.innerHTML).not.toContain('r-0123');

    await userEvent.click(screen.getByRole('button', { name: 'Copy claims' }));
    expect(copied()[0]).not.toContain(upstream);
    expect(copied()[0]).not.toContain('r-0123');

    await userEvent.click(
      within(header).getByRole('button', { name: 'Reveal x_upstream' }),
    );
    expect(within(header).getByText(upstream)).toBeInTheDocument();
    expect(within(claims).queryByText(upstream)).not.toBeInTheDocument();
  });

  it('renders hostile hidden values as inert text once revealed', async () => {
    const markup = '<img src=x onerror=window.__xss=1>';
    const rtl = '\u202Egnp.exe\u202C';
    const huge = 'x'.repeat(1024 * 1024);
    await renderCard(
      encodeJwt(
        { alg: 'ES256', typ: 'vnd.backstage.user' },
        {
          sub: 'user:default/alice',
          uip: `${markup}${rtl}`,
          access_token: `javascript:${huge}`,
        },
      ),
    );

    expect(
      screen.getByText(`Hidden: secret, ${huge.length + 11} characters`),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reveal uip' }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Reveal access_token' }),
    );

    const value = screen.getByText(`${markup}${rtl}`);
    expect(value.tagName).toBe('BDI');
    expect(screen.getByText(`javascript:${huge}`)).toBeInTheDocument();
    expect(document.querySelector('img, a[href]')).toBeNull();
  });
});
