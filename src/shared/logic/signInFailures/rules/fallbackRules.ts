import type { Rule } from './rule';

// Last: the broad families (credential types, service tokens, any IdP
// refusal, a missing user) and the generic 403 and 401.
export const FALLBACK_RULES: Rule[] = [
  {
    // backend-defaults httpAuth "This endpoint does not allow 'user'
    // credentials", "Refused to issue cookie for non-user principal";
    // userInfo "Only user credentials are supported".
    id: 'errorCredentialTypeRefused',
    match:
      /does not allow '(service|user|none)' credentials|refused to issue cookie for non-user principal|only user credentials are supported/i,
  },
  {
    id: 'errorServiceToken',
    match:
      /plugin token|service token|static token|external access|obo claim|access restrictions|cannot be delegated|restricted to plugin/i,
  },
  { id: 'idpOther', match: /authentication (failed|rejected),/i },
  {
    id: 'unresolvedIdentity',
    match: /user not found/i,
    // Only the catalog lookup's NotFoundError means the user is unknown.
    when: f => f.name === 'NotFoundError' || f.status === 404,
  },
  {
    id: 'errorNotAllowed',
    names: ['NotAllowedError'],
    statuses: [403],
    severity: 'warning',
  },
  {
    id: 'errorAuthentication',
    names: ['AuthenticationError'],
    statuses: [401],
  },
];
