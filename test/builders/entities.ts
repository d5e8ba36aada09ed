import type { Entity } from '@backstage/catalog-model';

export function userEntity(
  name: string,
  memberOf: string[] = [],
  overrides: { namespace?: string; email?: string; displayName?: string } = {},
): Entity {
  const namespace = overrides.namespace ?? 'default';
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace },
    spec: {
      profile: {
        email: overrides.email ?? `${name}@example.com`,
        ...(overrides.displayName
          ? { displayName: overrides.displayName }
          : {}),
      },
      memberOf,
    },
    relations: memberOf.map(group => ({
      type: 'memberOf',
      targetRef: group.includes(':') ? group : `group:${namespace}/${group}`,
    })),
  };
}

export function groupEntity(
  name: string,
  parent?: string,
  overrides: { namespace?: string; displayName?: string } = {},
): Entity {
  const namespace = overrides.namespace ?? 'default';
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace },
    spec: {
      type: 'team',
      children: [],
      ...(parent ? { parent } : {}),
      ...(overrides.displayName
        ? { profile: { displayName: overrides.displayName } }
        : {}),
    },
    relations: parent
      ? [
          {
            type: 'childOf',
            targetRef: parent.includes(':')
              ? parent
              : `group:${namespace}/${parent}`,
          },
        ]
      : [],
  };
}

/**
 * A synthetic organisation: `levels` levels of groups under one root, each
 * group with `fanout` children; the user is a member of every leaf group.
 */
export function syntheticOrg(options: { leaves: number; levels: number }) {
  const groups: Entity[] = [];
  const root = groupEntity('org');
  groups.push(root);
  let parents = ['org'];
  for (let level = 1; level < options.levels; level++) {
    const count = Math.ceil(
      options.leaves / 10 ** (options.levels - 1 - level),
    );
    const current: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = `l${level}-g${i}`;
      groups.push(groupEntity(name, parents[i % parents.length]));
      current.push(name);
    }
    parents = current;
  }
  const user = userEntity('big', parents);
  return { user, groups };
}
