import {
  createTranslationRef,
  type TranslationApi,
} from '@backstage/core-plugin-api/alpha';
import type { FindingText } from '../findings/logic';
import { signInHelpMessages } from './signInHelpMessages';

/**
 * Strings that explain sign-in failures and the checks of "Trouble signing
 * in?". They load with the failure rules, not with the sign-in page, so a
 * healthy sign-in never downloads them; the 401 doctor uses them too.
 *
 * @public
 */
export const accessInspectorSignInHelpTranslationRef = createTranslationRef({
  id: 'access-inspector.sign-in-help',
  messages: signInHelpMessages,
});

const HELP_KEYS = new Set(Object.keys(signInHelpMessages));

/**
 * One {@link FindingText} over both sign-in refs: keys under the help ref's
 * top-level keys (`findings.…`, `evidence.…`, `checks.…`, `noAnswerCauses.…`)
 * read the help ref, all others the sign-in page's.
 */
export function joinSignInText(
  page: FindingText,
  help: FindingText,
): FindingText {
  return (key, params) =>
    HELP_KEYS.has(key.split('.', 1)[0]) ? help(key, params) : page(key, params);
}

/**
 * The help ref's `t`, joined to the page's, once the app's translation API
 * has the help strings in the user's language. Until then, and if loading
 * fails, the snapshot's `t` falls back to the English defaults.
 */
export function loadSignInHelpText(
  translationApi: TranslationApi,
  page: FindingText,
): Promise<FindingText> {
  const join = (t: unknown) =>
    joinSignInText(page, (key, params) =>
      String(
        (t as (k: string, p?: Record<string, string | number>) => unknown)(
          key,
          params,
        ),
      ),
    );
  const snapshot = translationApi.getTranslation(
    accessInspectorSignInHelpTranslationRef,
  );
  if (snapshot.ready) return Promise.resolve(join(snapshot.t));
  return new Promise(resolve => {
    const subscription = translationApi
      .translation$(accessInspectorSignInHelpTranslationRef)
      .subscribe({
        next: next => {
          if (!next.ready) return;
          resolve(join(next.t));
          queueMicrotask(() => subscription.unsubscribe());
        },
        error: () => resolve(join(snapshot.t)),
        complete: () => resolve(join(snapshot.t)),
      });
  });
}
