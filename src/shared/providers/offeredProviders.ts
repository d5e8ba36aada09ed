import type { SignInProviderOption } from './resolveSignInProviders';

// The providers the app gave the sign-in page in code. The sign-in page
// renders before anything else in every app load (it also signs a returning
// user in), so My Access and a standalone sessions card read the app's one
// declaration from here instead of asking the app to repeat it. Only
// provider options live here: ids, titles and API refs, never a session.
let offered: SignInProviderOption[] | undefined;

/** Records the sign-in page's `providers` prop (an app's one declaration). */
export function recordOfferedProviders(
  providers: SignInProviderOption[] | undefined,
) {
  offered = providers;
}

/** The sign-in page's `providers` prop, if the sign-in page has rendered. */
export function readOfferedProviders(): SignInProviderOption[] | undefined {
  return offered;
}
