import { SignInPage } from '@backstage/core-components';
import type { SignInPageProps } from '@backstage/core-plugin-api';

/**
 * Props of {@link AccessInspectorSignInPage}.
 *
 * @public
 */
export type AccessInspectorSignInPageProps = SignInPageProps;

/**
 * A sign-in page that explains failures.
 *
 * @public
 */
export function AccessInspectorSignInPage(
  props: AccessInspectorSignInPageProps,
) {
  return <SignInPage {...props} providers={['guest']} />;
}
