import { http, HttpResponse } from 'msw';
import { TEST_BACKEND } from '../builders/tokens';

/** Backstage's JSON error body, as every backend plugin sends it. */
export function backstageError(status: number, name: string, message: string) {
  return HttpResponse.json(
    {
      error: { name, message },
      request: { method: 'GET', url: '/' },
      response: { statusCode: status },
    },
    { status },
  );
}

/** `GET /api/auth/v1/userinfo` answering with the given claims. */
export function userinfoHandler(claims: { sub: string; ent?: string[] }) {
  return http.get(`${TEST_BACKEND}/api/auth/v1/userinfo`, () =>
    HttpResponse.json({ claims }),
  );
}
