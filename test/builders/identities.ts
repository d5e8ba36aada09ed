import type {
  BackstageUserIdentity,
  ProfileInfo,
} from '@backstage/core-plugin-api';
import { backstageToken } from './tokens';

export type IdentityOverrides = {
  userEntityRef?: string;
  ownershipEntityRefs?: string[];
  profile?: ProfileInfo;
  /** `null` models a session without a token (the legacy frontend-only guest). */
  token?: string | null;
};

export type TestIdentity = {
  identity: BackstageUserIdentity;
  profile: ProfileInfo;
  token?: string;
};

export function testIdentity(overrides: IdentityOverrides = {}): TestIdentity {
  const userEntityRef = overrides.userEntityRef ?? 'user:default/alice';
  const token =
    overrides.token === null
      ? undefined
      : (overrides.token ??
        backstageToken({ payload: { sub: userEntityRef } }));
  return {
    identity: {
      type: 'user',
      userEntityRef,
      ownershipEntityRefs: overrides.ownershipEntityRefs ?? [
        userEntityRef,
        'group:default/team-a',
      ],
    },
    profile: overrides.profile ?? {
      displayName: 'Alice Example',
      email: 'alice@example.com',
    },
    token,
  };
}
