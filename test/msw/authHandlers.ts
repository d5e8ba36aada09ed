import { http, HttpResponse } from 'msw';
import { TEST_BACKEND } from '../builders/tokens';
import { backstageError } from './handlers';

export const TEST_AUTH = `${TEST_BACKEND}/api/auth`;

/** What the auth backend does for a provider, as observed on a real backend. */
export type AuthProviderBehaviour =
  /** An OAuth provider without a session cookie: 401. */
  | 'present'
  /** A backend module exists, `auth.providers.<id>` is not configured. */
  | 'notRegistered'
  /** No backend module for the provider. */
  | 'moduleMissing'
  /** Configured, but failed to start. */
  | 'misconfigured'
  /** The guest provider outside NODE_ENV=development. */
  | 'guestRefused'
  /** The backend is down. */
  | 'unreachable';

/** `GET /api/auth/<id>/refresh` answering as `behaviour` says. */
export function authRefreshHandler(
  providerId: string,
  behaviour: AuthProviderBehaviour,
) {
  return http.get(`${TEST_AUTH}/${providerId}/refresh`, () => {
    switch (behaviour) {
      case 'present':
        return backstageError(
          401,
          'AuthenticationError',
          'Refresh failed; caused by InputError: Missing session cookie',
        );
      case 'notRegistered':
        return backstageError(
          404,
          'NotFoundError',
          `No auth provider registered for '${providerId}'`,
        );
      case 'moduleMissing':
        return backstageError(
          404,
          'NotFoundError',
          `Unknown auth provider '${providerId}'`,
        );
      case 'misconfigured':
        return backstageError(
          404,
          'NotFoundError',
          `Auth provider registered for '${providerId}' is misconfigured. This could mean the configs under auth.providers.${providerId} are missing or the environment variables used are not defined. Check the auth backend plugin logs when the backend starts to see more details.`,
        );
      case 'guestRefused':
        return backstageError(
          403,
          'NotAllowedError',
          "The guest provider cannot be used outside of a development environment unless 'auth.providers.guest.dangerouslyAllowOutsideDevelopment' is enabled",
        );
      default:
        return HttpResponse.error();
    }
  });
}

/** The guest provider signing in: `GET /api/auth/guest/refresh` → 200. */
export function guestSignInHandler(token: string) {
  return http.get(`${TEST_AUTH}/guest/refresh`, () =>
    HttpResponse.json({
      profile: {},
      backstageIdentity: {
        token,
        identity: {
          type: 'user',
          userEntityRef: 'user:development/guest',
          ownershipEntityRefs: ['user:development/guest'],
        },
      },
    }),
  );
}
