import { setupServer } from 'msw/node';
import type { RequestHandler } from 'msw';

/**
 * Starts an msw server for one test file, failing any request no handler
 * expects. Returns the server and the list of requests it saw, in order.
 */
export function setupMswServer(...handlers: RequestHandler[]) {
  const server = setupServer(...handlers);
  const requests: Request[] = [];
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    requests.length = 0;
  });
  server.events.on('request:start', ({ request }) => {
    requests.push(request.clone());
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return { server, requests };
}
