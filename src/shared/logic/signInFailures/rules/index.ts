import { AUTH_ROUTER_RULES } from './authRouterRules';
import { BACKEND_TOKEN_RULES } from './backendTokenRules';
import { FALLBACK_RULES } from './fallbackRules';
import { OAUTH_CLIENT_RULES } from './oauthClientRules';
import { PROXIED_RULES } from './proxiedRules';
import { REFRESH_RULES } from './refreshRules';
import { RESOLVER_RULES } from './resolverRules';
import type { Rule } from './rule';

export type { ContextFact, Rule } from './rule';

/**
 * Every recognised message, one file per family. First match wins: specific
 * messages before the generic 401 and 403, so the families keep this order.
 * The messages are Backstage's own (core-app-api, auth-node, auth-backend,
 * backend-defaults, the provider modules) or the browser's.
 */
export const RULES: readonly Rule[] = [
  ...PROXIED_RULES,
  ...RESOLVER_RULES,
  ...AUTH_ROUTER_RULES,
  ...OAUTH_CLIENT_RULES,
  ...BACKEND_TOKEN_RULES,
  ...REFRESH_RULES,
  ...FALLBACK_RULES,
];
