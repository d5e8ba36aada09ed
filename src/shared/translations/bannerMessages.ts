/** Strings of the token-expiry banner, under `banner` in the sign-in ref. */
export const bannerMessages = {
  expiresSoon: 'Your session expires soon.',
  countdown: {
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    seconds_one: '{{count}} second',
    seconds_other: '{{count}} seconds',
  },
  warning: {
    expiresIn: 'Your Backstage session expires in',
    hint: 'Refresh it now to keep working without interruption.',
    renewsLater:
      'Backstage renews a session only in its last {{minutes}} minutes: from then, this banner offers to refresh it, and your next request renews it too.',
    notRenewed:
      'Backstage kept the current token: its own record of the expiry runs a little behind this page’s clock. Your next request renews it, or refresh again in a moment.',
  },
  expired: {
    title: 'Your Backstage session has expired.',
    body: 'Requests to Backstage now fail with 401 (not authenticated). Refresh the session, or sign in again.',
  },
  failed: {
    refreshTitle: 'Your session could not be renewed.',
    checkTitle: 'Your session could not be checked.',
    network:
      'Backstage could not be reached. Check your network connection or VPN, then try again: the session itself may still be valid.',
    rejected:
      'Backstage refused to renew the session: your sign-in has ended (signed out elsewhere, or the sign-in provider ended the session). Save your work, then sign in again.',
    stillValidFor: 'The current token stays valid for',
    expiredNote: 'Requests now fail with 401 until the session is renewed.',
    detail: 'Details: {{detail}}',
  },
  actions: {
    refresh: 'Refresh session',
    refreshing: 'Refreshing session\u2026',
    tryAgain: 'Try again',
    signInAgain: 'Sign in again',
    dismiss: 'Dismiss session warning',
  },
  signOutFailed:
    'Signing out failed: {{detail}}. Reload the page to sign in again.',
} as const;
