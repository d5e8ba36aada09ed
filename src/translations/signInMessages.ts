/** Strings of the sign-in page. */
export const signInMessages = {
  title: 'Sign in',
} as const;
