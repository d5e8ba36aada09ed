/**
 * Strings of the sign-in page that load with it. The explanations of
 * failures and the checks of "Trouble signing in?" are in
 * signInHelpMessages.ts and load when they are needed.
 */
export const signInMessages = {
  title: 'Sign in',
  subtitle: 'Choose how to sign in. If something fails, this page says why.',
  signInWith: 'Sign in with {{provider}}',
  providerList: 'Sign-in providers',
  waiting: 'Waiting for {{provider}}…',
  restoring: 'Restoring your session…',
  defaultMessage: 'Sign in using {{provider}}',
  guestMessage:
    "Enter as the backend's guest user. Meant for development: elsewhere the backend refuses guests unless explicitly allowed.",
  proxiedMessage:
    'Signed in by the proxy in front of Backstage, without a popup. This page tries it on every load.',
  retryWith: 'Open the {{provider}} sign-in window again',
  noErrorMessage: 'The failure came without an error message.',
  pageProblems: 'Sign-in problems',
  notLoaded:
    'This part of the page could not be loaded ({{detail}}). Check your network connection, then reload the page.',
  redirectFailed: 'Sign-in failed',
  redirect: {
    notShown:
      'The address contained an error message that this page did not request; it is not shown.',
    backendAnswered: 'The auth backend answered: “{{message}}”',
  },
  finding: {
    fix: 'How to fix it',
    details: 'Details',
    copyDetails: 'Copy details',
    copied: 'Details copied',
    likelyCauses: 'Likely causes, most likely first',
    severity: {
      ok: 'Passed',
      info: 'Information',
      unknown: 'Could not tell',
      warning: 'Warning',
      problem: 'Problem',
    },
  },
  trouble: {
    title: 'Trouble signing in?',
    checking: 'Checking the auth backend…',
  },
} as const;
