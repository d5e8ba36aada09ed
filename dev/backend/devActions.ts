/*
 * One action of the dev backend's own, so that two users see different
 * action lists on My Access ("Agents acting as you"): no built-in action
 * carries a visibility permission, so without it every user would see the
 * same ones. The actions registry lists and runs this action only for
 * callers the permission policy allows `access-inspector.dev.action.rotate`;
 * ./permissionPolicy.ts allows it to admins alone.
 *
 * It is a module of the catalog plugin, so the action is served beside the
 * catalog's built-in ones, at GET /api/catalog/.backstage/actions/v1/actions,
 * as `catalog:rotate-demo-secret`. Running it changes nothing: it returns a
 * new version number of a secret that does not exist.
 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { createPermission } from '@backstage/plugin-permission-common';

export const rotateDemoSecretPermission = createPermission({
  name: 'access-inspector.dev.action.rotate',
  attributes: { action: 'update' },
});

export const devActionsModule = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'access-inspector-dev-actions',
  register(reg) {
    reg.registerInit({
      deps: { actionsRegistry: actionsRegistryServiceRef },
      async init({ actionsRegistry }) {
        let version = 1;
        actionsRegistry.register({
          name: 'rotate-demo-secret',
          title: 'Rotate the demo secret',
          description:
            'Sample admin-only action of the access-inspector dev backend: it pretends to rotate a secret and returns its new version number. Listed only for callers the permission policy allows access-inspector.dev.action.rotate.',
          visibilityPermission: rotateDemoSecretPermission,
          attributes: { destructive: true, readOnly: false, idempotent: false },
          schema: {
            input: z => z.object({}),
            output: z =>
              z.object({
                version: z.number().describe('The demo secret’s new version'),
              }),
          },
          action: async () => {
            version += 1;
            return { output: { version } };
          },
        });
      },
    });
  },
});
