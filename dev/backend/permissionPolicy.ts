/*
 * Sample permission policy for the dev backend. It exists so the plugin's
 * "My Access" page has every kind of answer to show, and different answers
 * for admins and everyone else.
 *
 * | permission                         | admins (group:default/admins) | everyone else                 |
 * | ---------------------------------- | ----------------------------- | ----------------------------- |
 * | catalog.entity.read                | ALLOW                         | ALLOW                         |
 * | catalog.location.read              | ALLOW                         | ALLOW                         |
 * | catalog.ingestion.read             | ALLOW                         | ALLOW                         |
 * | catalog.entity.validate            | ALLOW                         | ALLOW                         |
 * | catalog.location.analyze           | ALLOW                         | ALLOW                         |
 * | catalog.entity.refresh             | ALLOW                         | CONDITIONAL: IS_ENTITY_OWNER  |
 * | catalog.entity.create              | ALLOW                         | DENY                          |
 * | catalog.entity.delete              | ALLOW                         | DENY                          |
 * | catalog.location.create            | ALLOW                         | DENY                          |
 * | catalog.location.delete            | ALLOW                         | DENY                          |
 * | access-inspector.dev.action.rotate | ALLOW                         | DENY                          |
 * | anything else                      | ALLOW                         | DENY                          |
 *
 * IS_ENTITY_OWNER uses the identity's ownership refs: the user and its
 * direct groups (alice owns what team-a and team-b own, not engineering's).
 *
 * The `lockdown` variant (the word `lockdown` in the file named by
 * DEV_POLICY_VARIANT_FILE, read on every decision; dev/stack puts it in the
 * stack's log directory) makes catalog.location.analyze admin-only too: a
 * real policy change between two visits of My Access, without a restart.
 *
 * access-inspector.dev.action.rotate is the visibility permission of the dev
 * backend's own action (./devActions.ts): admins see and may run
 * catalog:rotate-demo-secret, nobody else sees it.
 */
import { readFileSync } from 'node:fs';
import {
  coreServices,
  createBackendModule,
  type UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  isResourcePermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { rotateDemoSecretPermission } from './devActions';

export const ADMIN_GROUP = 'group:default/admins';

const ALLOWED_FOR_EVERYONE = new Set([
  'catalog.entity.read',
  'catalog.location.read',
  'catalog.ingestion.read',
  'catalog.entity.validate',
  'catalog.location.analyze',
]);

const OWNER_ONLY = new Set(['catalog.entity.refresh']);

const LOCKED_DOWN = new Set(['catalog.location.analyze']);

function lockedDown(): boolean {
  const file = process.env.DEV_POLICY_VARIANT_FILE;
  try {
    return !!file && readFileSync(file, 'utf8').trim() === 'lockdown';
  } catch {
    return false;
  }
}

const ADMIN_ONLY = new Set([rotateDemoSecretPermission.name]);

class DevPermissionPolicy implements PermissionPolicy {
  constructor(private readonly userInfo: UserInfoService) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!user) return { result: AuthorizeResult.DENY };
    const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
      user.credentials,
    );
    const { permission } = request;

    if (ownershipEntityRefs.includes(ADMIN_GROUP)) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (
      ADMIN_ONLY.has(permission.name) ||
      (LOCKED_DOWN.has(permission.name) && lockedDown())
    ) {
      return { result: AuthorizeResult.DENY };
    }
    if (ALLOWED_FOR_EVERYONE.has(permission.name)) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (
      OWNER_ONLY.has(permission.name) &&
      isResourcePermission(permission, 'catalog-entity')
    ) {
      return createCatalogConditionalDecision(
        permission,
        catalogConditions.isEntityOwner({ claims: ownershipEntityRefs }),
      );
    }
    return { result: AuthorizeResult.DENY };
  }
}

export const devPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'dev-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        userInfo: coreServices.userInfo,
      },
      async init({ policy, userInfo }) {
        policy.setPolicy(new DevPermissionPolicy(userInfo));
      },
    });
  },
});
