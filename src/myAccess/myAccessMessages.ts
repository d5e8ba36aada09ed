/** Strings of the My Access page and of the components its cards share. */
export const myAccessMessages = {
  myAccessPage: {
    title: 'My Access',
    subtitle: 'Who Backstage thinks you are, and why a request may get 401',
  },
  secretClaim: {
    hidden: 'Hidden: {{kind}}, {{length}} characters',
    reveal: 'Reveal',
    revealLabel: 'Reveal {{claim}}',
    hide: 'Hide',
    hideLabel: 'Hide {{claim}}',
    kindLimitedTokenSignature: 'limited-token signature',
    kindJwt: 'JWT',
    kindSignature: 'signature',
    kindSecret: 'secret',
  },
  errors: {
    identityFailed: 'Could not read your identity from the identity API',
    retry: 'Retry',
    callFailed: '{{call}} failed',
    callFailedWithStatus: '{{call}} failed with status {{status}}',
    networkError: 'Network error: {{message}}. The backend did not answer.',
  },
} as const;
