import { http, HttpResponse } from 'msw';
import { TEST_BACKEND } from '../builders/tokens';
import { defaultAgentsHandlers } from './agentsHandlers';
import { backstageError } from './handlers';

/**
 * How a plugin answers the doctor's probe of `/.backstage/auth/v1/cookie`,
 * as observed on a real backend.
 */
export type PluginProbeBehaviour =
  /** Installed, token accepted: 200 `{ expiresAt }`. */
  | 'ok'
  /** Installed, no token: 401 "Missing credentials". */
  | 'missingCredentials'
  /** Installed, expired or foreign token. */
  | 'failedVerification'
  | 'forbidden'
  /** No such plugin: 404 with an empty body. */
  | 'notInstalled'
  | 'serverError'
  | 'networkError';

export const PROBE_EXPIRES_AT = '2030-01-01T00:00:00.000Z';

/** `GET <backend>/api/<pluginId>/.backstage/auth/v1/cookie` answering as `behaviour` says. */
export function pluginProbeHandler(
  pluginId: string,
  behaviour: PluginProbeBehaviour,
  options: { baseUrl?: string; headers?: Record<string, string> } = {},
) {
  const base = options.baseUrl ?? `${TEST_BACKEND}/api/${pluginId}`;
  return http.get(`${base}/.backstage/auth/v1/cookie`, () => {
    switch (behaviour) {
      case 'ok':
        return HttpResponse.json(
          { expiresAt: PROBE_EXPIRES_AT },
          { headers: options.headers },
        );
      case 'missingCredentials':
        return backstageError(
          401,
          'AuthenticationError',
          'Missing credentials',
        );
      case 'failedVerification':
        return backstageError(
          401,
          'AuthenticationError',
          'Failed user token verification',
        );
      case 'forbidden':
        return backstageError(403, 'NotAllowedError', 'Unauthorized');
      case 'notInstalled':
        return new HttpResponse(null, { status: 404 });
      case 'serverError':
        return backstageError(500, 'Error', 'database unavailable');
      case 'networkError':
      default:
        return HttpResponse.error();
    }
  });
}

/**
 * The dev backend's answers to every probe the doctor makes by default:
 * catalog, permission, mcp-actions and auth installed, scaffolder and
 * notifications not, app and techdocs without cookie auth; and to the agents
 * card beside it on My Access.
 */
export function defaultDoctorHandlers() {
  return [
    pluginProbeHandler('catalog', 'ok'),
    pluginProbeHandler('permission', 'ok'),
    pluginProbeHandler('app', 'notInstalled'),
    pluginProbeHandler('techdocs', 'notInstalled'),
    pluginProbeHandler('mcp-actions', 'ok'),
    pluginProbeHandler('auth', 'ok'),
    pluginProbeHandler('scaffolder', 'notInstalled'),
    pluginProbeHandler('notifications', 'notInstalled'),
    ...defaultAgentsHandlers(),
  ];
}
