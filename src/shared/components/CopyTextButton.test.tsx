import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { CopyTextButton } from './CopyTextButton';

describe('CopyTextButton', () => {
  it('names what it copies in a tooltip on hover, and drops the hint once clicked', async () => {
    await renderInTestApp(
      <CopyTextButton text="claims" aria-label="Copy claims" />,
    );
    const button = screen.getByRole('button', { name: 'Copy claims' });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await userEvent.hover(button);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Copy claims');

    await userEvent.click(button);
    await waitFor(() =>
      expect(
        screen.queryByRole('tooltip', { name: 'Copy claims' }),
      ).not.toBeInTheDocument(),
    );
  });
});
