/** Strings of the token-expiry banner. */
export const bannerMessages = {
  expiresSoon: 'Your session expires soon.',
} as const;
