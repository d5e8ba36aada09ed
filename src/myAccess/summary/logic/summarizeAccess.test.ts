import {
  countGroups,
  countPermissions,
  sessionTimeLeft,
} from './summarizeAccess';
import type { PermissionTable } from '../../permissions/logic/permissionTableSelectors';

describe('sessionTimeLeft', () => {
  it('is the token exp minus now; loading until a token, unknown without exp', () => {
    expect(sessionTimeLeft(1_000, 400, false)).toEqual({
      status: 'known',
      exp: 1_000,
      secondsLeft: 600,
    });
    expect(sessionTimeLeft(undefined, 400, true)).toEqual({
      status: 'loading',
    });
    expect(sessionTimeLeft(undefined, 400, false)).toEqual({
      status: 'unknown',
    });
  });
});

describe('countGroups', () => {
  const group = (ref: string, depth: number) => ({
    ref,
    title: ref,
    depth,
    parents: [],
  });

  it('counts direct and inherited groups', () => {
    expect(
      countGroups({
        loading: false,
        value: {
          available: true,
          userFound: true,
          userRef: 'user:default/alice',
          user: { apiVersion: 'v1', kind: 'User', metadata: { name: 'alice' } },
          groups: [
            group('group:default/team-a', 1),
            group('group:default/eng', 2),
          ],
          missing: [],
        },
      }),
    ).toEqual({ status: 'known', direct: 1, inherited: 1 });
  });

  it('never says zero for what it could not read', () => {
    expect(countGroups({ loading: true })).toEqual({ status: 'loading' });
    expect(
      countGroups({ loading: false, error: new Error('catalog 503') }),
    ).toEqual({
      status: 'unknown',
      reason: 'catalog 503',
    });
    expect(
      countGroups({ loading: false, value: { available: false } }),
    ).toEqual({
      status: 'unknown',
      reason: 'no-catalog',
    });
    expect(
      countGroups({
        loading: false,
        value: { available: true, userFound: false, userRef: 'user:default/x' },
      }),
    ).toEqual({ status: 'unknown', reason: 'no-user' });
  });
});

describe('countPermissions', () => {
  const row = (name: string, decision: string) =>
    ({ key: name, pluginId: 'catalog', name, decision }) as never;

  it('counts decisions by kind', () => {
    const value = {
      enabled: true,
      pluginIds: ['catalog'],
      plugins: [],
      rows: [
        row('a', 'ALLOW'),
        row('b', 'ALLOW'),
        row('c', 'DENY'),
        row('d', 'PER_RESOURCE'),
        row('e', 'UNKNOWN'),
      ],
      resourceTypes: [],
      resourceChecks: {},
    } as PermissionTable;
    expect(countPermissions({ loading: false, value })).toEqual({
      status: 'known',
      allowed: 2,
      denied: 1,
      perResource: 1,
      unknown: 1,
      pending: 0,
    });
  });

  it('says the framework is off, or why it could not tell', () => {
    // The permissions card's own table is what the page hands over.
    const disabled: PermissionTable = { enabled: false, pluginIds: [] };
    expect(
      countPermissions({
        loading: false,
        value: disabled,
      }),
    ).toEqual({ status: 'unknown', reason: 'disabled' });
    expect(countPermissions({ loading: true })).toEqual({ status: 'loading' });
    expect(
      countPermissions({ loading: false, error: new Error('no config') }),
    ).toEqual({
      status: 'unknown',
      reason: 'no config',
    });
  });
});
