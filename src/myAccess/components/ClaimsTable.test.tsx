import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { explainClaims } from '../../shared/logic/token';
import { ClaimsTable } from './ClaimsTable';

const NOW = 1_800_000_000;

describe('ClaimsTable', () => {
  it('explains a token header as header fields, as the paste box passes it (no part given)', async () => {
    await renderInTestApp(
      <ClaimsTable
        label="Pasted token header"
        claims={explainClaims(
          { alg: 'ES256', kid: 'k-1', typ: 'vnd.backstage.user', zzz: 1 },
          NOW,
        )}
      />,
    );
    const table = screen.getByRole('table', { name: 'Pasted token header' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(cell => cell.textContent),
    ).toEqual(['Header field', 'Value', 'Meaning']);
    const row = (label: string) => {
      const found = within(table)
        .getAllByRole('row')
        .find(r => r.querySelector('th')?.textContent?.startsWith(label));
      if (!found) throw new Error(`no row ${label}`);
      return found;
    };
    expect(row('Algorithm')).toHaveTextContent(/^Algorithmalg/);
    expect(row('Algorithm')).toHaveTextContent('How the token is signed');
    expect(row('Key ID')).toHaveTextContent('Which signing key signed');
    expect(row('Type')).toHaveTextContent('vnd.backstage.user');
    expect(row('Type')).toHaveTextContent('The kind of token');
    // An unknown field keeps its name and claims no meaning.
    expect(row('zzz').querySelectorAll('td')[1].textContent).toBe('');
  });

  it('keeps calling payload rows claims', async () => {
    await renderInTestApp(
      <ClaimsTable
        label="Claims"
        claims={explainClaims(
          { sub: 'user:default/alice', typ: 'Bearer' },
          NOW,
        )}
      />,
    );
    expect(
      screen.getAllByRole('columnheader').map(cell => cell.textContent),
    ).toEqual(['Claim', 'Value', 'Meaning']);
  });
});
