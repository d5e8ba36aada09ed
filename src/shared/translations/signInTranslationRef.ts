import { createTranslationRef } from '@backstage/core-plugin-api/alpha';
import { bannerMessages } from './bannerMessages';
import { signInMessages } from './signInMessages';

/**
 * Strings of everything an app loads before sign-in: the sign-in page (and
 * the sign-in failures the 401 doctor explains) and, under `banner`, the
 * token-expiry banner. One ref for that surface; My Access, loaded lazily,
 * has its own.
 *
 * @public
 */
export const accessInspectorSignInTranslationRef = createTranslationRef({
  id: 'access-inspector.sign-in',
  messages: { ...signInMessages, banner: bannerMessages },
});
