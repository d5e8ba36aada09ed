import { createTranslationRef } from '@backstage/core-plugin-api/alpha';
import { bannerMessages } from './bannerMessages';

/**
 * Strings of the token-expiry banner. A ref of its own, so the banner — which
 * every page loads — does not carry the strings of the other surfaces.
 *
 * @public
 */
export const accessInspectorBannerTranslationRef = createTranslationRef({
  id: 'access-inspector.banner',
  messages: bannerMessages,
});
