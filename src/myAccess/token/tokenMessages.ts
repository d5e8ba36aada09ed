/** Strings of the Backstage token card. */
export const tokenMessages = {
  title: 'Backstage token',
  subheader: 'Decoded in this browser from the token your requests carry',
  entityRef: 'Signed in as',
  tokenType: 'Token type',
  typeUser: 'User token (vnd.backstage.user)',
  typeLimitedUser: 'Limited user token (vnd.backstage.limited-user)',
  typeOther: 'Not a Backstage user token (typ: {{typ}})',
  noToken:
    'This session has no Backstage token. Every backend request is sent without credentials and fails with 401 "Missing credentials". This happens with the legacy frontend-only guest sign-in.',
  decodeFailed: 'The token could not be decoded',
  notVerified:
    'Decoding is not verification: this page reads the token, it cannot tell whether the signature is genuine. Only a backend can.',
  header: 'Header',
  payload: 'Claims',
  claim: 'Claim',
  headerField: 'Header field',
  value: 'Value',
  meaning: 'Meaning',
  length: '{{length}} characters',
  revealToken: 'Reveal token',
  hideToken: 'Hide token',
  copyToken: 'Copy token',
  rawTokenLabel: 'Raw Backstage token',
  copyClaims: 'Copy claims',
  secretsNote:
    'Values that work as a credential are hidden until you reveal them, and copied claims never hold them.',
} as const;
