/**
 * What each claim of a Backstage token and of an ID token means, in
 * Backstage's terms: the table the claim explanations read.
 */
export type KnownClaim = { label: string; meaning: string; time?: boolean };

export const GROUPS_MEANING =
  'Groups the identity provider asserts. Backstage does nothing with them unless the sign-in resolver maps them into your ownership refs; the Groups and ownership card compares them with the catalog and your identity.';

export const KNOWN_CLAIMS: Record<string, KnownClaim> = {
  iss: {
    label: 'Issuer',
    meaning:
      'Who issued the token. For Backstage tokens: the auth backend\u2019s base URL.',
  },
  sub: {
    label: 'Subject',
    meaning:
      'Who the token is about. For Backstage tokens: your user entity ref.',
  },
  aud: {
    label: 'Audience',
    meaning:
      'Who the token is meant for. Backstage backends accept only "backstage".',
  },
  iat: {
    label: 'Issued at',
    meaning: 'When the token was issued.',
    time: true,
  },
  exp: {
    label: 'Expires',
    meaning: 'After this moment every backend rejects the token with 401.',
    time: true,
  },
  nbf: {
    label: 'Not before',
    meaning: 'Backends reject the token before this moment.',
    time: true,
  },
  ent: {
    label: 'Ownership refs',
    meaning:
      'The entities you count as for ownership (you and your groups). Omitted by default since Backstage 1.50; then they come from the identity API.',
  },
  uip: {
    label: 'User identity proof',
    meaning:
      'The signature of your limited-user token (vnd.backstage.limited-user): with the alg and kid above and your sub, iat and exp it makes a token that backends accept for limited access (user info, app assets, TechDocs) until exp. Hidden like a password.',
  },
  azp: {
    label: 'Authorized party',
    meaning:
      'The client the token was issued to. Google and Keycloak put your Backstage client id here; it matters when the token has several audiences.',
  },
  email: {
    label: 'Email',
    meaning:
      'The email address the identity provider reported. The common sign-in resolvers match you to a catalog User by it (its local part or spec.profile.email).',
  },
  email_verified: {
    label: 'Email verified',
    meaning:
      'Whether the provider verified the email. Backstage\u2019s oidc provider passes the email to the sign-in resolver only when this is true (other providers drop it when false); without it, email resolvers fail with "Login failed, user profile does not contain an email".',
  },
  name: {
    label: 'Name',
    meaning:
      'Display name reported by the identity provider; Backstage shows it as your name.',
  },
  given_name: { label: 'Given name', meaning: 'Your first name at the IdP.' },
  family_name: { label: 'Family name', meaning: 'Your last name at the IdP.' },
  preferred_username: {
    label: 'Preferred username',
    meaning:
      'The username the IdP suggests. Not guaranteed unique or stable; Backstage\u2019s built-in resolvers do not use it.',
  },
  picture: {
    label: 'Picture',
    meaning:
      'Your profile picture\u2019s URL; Backstage shows it as your avatar.',
  },
  groups: {
    label: 'Groups',
    meaning: GROUPS_MEANING,
  },
  roles: { label: 'Roles', meaning: GROUPS_MEANING },
  'cognito:groups': { label: 'Cognito groups', meaning: GROUPS_MEANING },
  auth_time: {
    label: 'Authenticated at',
    meaning:
      'When you last actually authenticated at the identity provider (password, MFA). Silent sign-ins and refreshes keep it.',
    time: true,
  },
  acr: {
    label: 'Authentication context',
    meaning:
      'How strongly you authenticated, in the IdP\u2019s terms (a level, or e.g. "mfa"). Backstage does not check it.',
  },
  amr: {
    label: 'Authentication methods',
    meaning:
      'How you authenticated, e.g. pwd, otp, mfa. Backstage does not check it.',
  },
  nonce: {
    label: 'Nonce',
    meaning:
      'A value the client sent with the sign-in request; the ID token echoes it so the client can refuse a token replayed from another sign-in.',
  },
  at_hash: {
    label: 'Access token hash',
    meaning:
      'Half of a hash of the access token issued with this ID token: binds the two. It cannot be turned back into the access token.',
  },
  c_hash: {
    label: 'Code hash',
    meaning:
      'Half of a hash of the authorization code: binds the ID token to the sign-in that produced it.',
  },
  sid: {
    label: 'Session id',
    meaning:
      'Your session at the identity provider, used for logout across apps. Signing out of Backstage does not by itself end it.',
  },
  hd: {
    label: 'Hosted domain',
    meaning:
      'Google: the Workspace domain of your account; absent for personal accounts. The email resolvers\u2019 allowedDomains option restricts sign-in to such domains.',
  },
  tid: {
    label: 'Tenant id',
    meaning: 'Entra ID: the tenant (directory) your account belongs to.',
  },
  oid: {
    label: 'Object id',
    meaning:
      'Entra ID: your immutable user id in the tenant. The Microsoft Graph catalog provider records it on User entities (graph.microsoft.com/user-id), which the Microsoft resolver userIdMatchingUserEntityAnnotation matches.',
  },
  upn: {
    label: 'User principal name',
    meaning: 'Entra ID: your sign-in name, often but not always your email.',
  },
  updated_at: {
    label: 'Profile updated',
    meaning: 'When your profile at the identity provider last changed.',
    time: true,
  },
  jti: { label: 'Token id', meaning: 'A unique identifier of this token.' },
  scp: { label: 'Scopes', meaning: 'The scopes granted to this token.' },
  scope: { label: 'Scopes', meaning: 'The scopes granted to this token.' },
};

// An ID token's registered claims, read in Backstage's terms.
export const ID_TOKEN_CLAIMS: Record<string, KnownClaim> = {
  iss: {
    label: 'Issuer',
    meaning:
      'The identity provider that issued the ID token: the issuer named by the provider\u2019s discovery document (metadataUrl).',
  },
  sub: {
    label: 'Subject',
    meaning:
      'Your id at the identity provider, stable for this client. The common sign-in resolvers match you by email, not by this id; a custom resolver may use it.',
  },
  aud: {
    label: 'Audience',
    meaning:
      'The client the ID token was issued to: the clientId of this provider in Backstage\u2019s auth config (auth.providers.<provider>.<environment>.clientId).',
  },
  iat: {
    label: 'Issued at',
    meaning:
      'When the identity provider issued this ID token: at sign-in or at the last session refresh.',
    time: true,
  },
  exp: {
    label: 'Expires',
    meaning:
      'When the ID token expires. Backstage uses the ID token when you sign in; an expired one here does not end your Backstage session.',
    time: true,
  },
};
