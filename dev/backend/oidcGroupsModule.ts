/*
 * The dev backend's oidc provider, with a sign-in resolver that applies the
 * IdP's groups claim: the user is found by email, as the built-in
 * emailMatchingUserEntityProfileEmail resolver finds it, and the claimed
 * groups the catalog has — by name in the default namespace, or by the
 * graph.microsoft.com/group-id annotation that Entra ID's object ids match —
 * join the catalog's ownership refs. Claimed groups the catalog lacks are
 * left out. The README ("Groups from the IdP") shows the same module.
 *
 * It replaces @backstage/plugin-auth-backend-module-oidc-provider's module:
 * the config must declare no signIn.resolvers for oidc. This module passes no
 * resolver factories, so a declared resolver stops the provider
 * (readDeclarativeSignInResolver: "Sign-in resolver '…' is not available").
 */
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { oidcAuthenticator } from '@backstage/plugin-auth-backend-module-oidc-provider';
import {
  authProvidersExtensionPoint,
  createOAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { decodeJwt } from 'jose';

const GROUP_ID_ANNOTATION = 'graph.microsoft.com/group-id';

/** The groups claim's values; none when the token or the claim is missing. */
function claimedGroups(idToken: string | undefined): string[] {
  // openid-client has verified this ID token on receipt: decoding suffices.
  const groups = idToken ? decodeJwt(idToken).groups : undefined;
  return Array.isArray(groups) ? groups.map(String) : [];
}

export default createBackendModule({
  pluginId: 'auth',
  moduleId: 'oidc-groups',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init({ providers, catalog, auth }) {
        providers.registerProvider({
          providerId: 'oidc',
          factory: createOAuthProviderFactory({
            authenticator: oidcAuthenticator,
            async signInResolver({ profile, result }, ctx) {
              // The profile carries the email only when the IdP verified it.
              if (!profile.email) {
                throw new Error(
                  'Login failed, user profile does not contain an email',
                );
              }
              const { entity } = await ctx
                .findCatalogUser({
                  filter: { 'spec.profile.email': profile.email },
                })
                .catch(error => {
                  if (error?.name !== 'NotFoundError') throw error;
                  // What Backstage says when no configured resolver matched.
                  throw new Error(
                    'Failed to sign-in, unable to resolve user identity. Please verify that your catalog contains the expected User entities that would match your configured sign-in resolver.',
                  );
                });

              const claimed = claimedGroups(result.session.idToken);
              const { items: groups } =
                claimed.length === 0
                  ? { items: [] }
                  : await catalog.getEntities(
                      {
                        filter: [
                          {
                            kind: 'group',
                            'metadata.namespace': 'default',
                            'metadata.name': claimed,
                          },
                          {
                            kind: 'group',
                            [`metadata.annotations.${GROUP_ID_ANNOTATION}`]:
                              claimed,
                          },
                        ],
                        fields: ['kind', 'metadata.name', 'metadata.namespace'],
                      },
                      { credentials: await auth.getOwnServiceCredentials() },
                    );

              const { ownershipEntityRefs } =
                await ctx.resolveOwnershipEntityRefs(entity);
              return ctx.issueToken({
                claims: {
                  sub: stringifyEntityRef(entity),
                  ent: [
                    ...new Set([
                      ...ownershipEntityRefs,
                      ...groups.map(group => stringifyEntityRef(group)),
                    ]),
                  ],
                },
              });
            },
          }),
        });
      },
    });
  },
});
