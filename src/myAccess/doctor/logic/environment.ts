/**
 * The environment the doctor describes and the support bundle writes:
 * declared once, read by both.
 */
export type DoctorEnvironment = {
  userAgent?: string;
  /** Origin and path only: query strings and fragments may hold secrets. */
  pageUrl?: string;
  appBaseUrl?: string;
  backendBaseUrl?: string;
  authBaseUrl?: string;
  pluginBaseUrls?: Record<string, string>;
  /** Config keys relevant to sign-in and tokens, already read. */
  config?: Record<string, unknown>;
};
