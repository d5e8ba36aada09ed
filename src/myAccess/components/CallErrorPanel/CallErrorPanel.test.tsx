import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseError } from '@backstage/errors';
import { renderInTestApp } from '@backstage/test-utils';
import { CallErrorPanel } from './CallErrorPanel';

describe('CallErrorPanel', () => {
  it('says a request got no answer, in the translated wording', async () => {
    await renderInTestApp(
      <CallErrorPanel
        call="Catalog: read your groups"
        error={new TypeError('Failed to fetch')}
      />,
    );
    expect(
      screen.getByText(/Catalog: read your groups failed/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Network error: Failed to fetch. The backend did not answer.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Retry' }),
    ).not.toBeInTheDocument();
  });

  it('names the status and the backend message, and retries', async () => {
    const onRetry = jest.fn();
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'NotAllowedError', message: 'not for you' },
          response: { statusCode: 403 },
        }),
        {
          status: 403,
          statusText: 'Forbidden',
          headers: { 'Content-Type': 'application/json' },
        },
      ),
    );
    await renderInTestApp(
      <CallErrorPanel call="Auth backend" error={error} onRetry={onRetry} />,
    );
    expect(
      screen.getByText(/Auth backend failed with status 403/),
    ).toBeInTheDocument();
    expect(screen.getByText('Forbidden not for you')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
