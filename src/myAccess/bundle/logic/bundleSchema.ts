import { z } from 'zod';

/** The `kind` every access-inspector support bundle carries. */
export const BUNDLE_KIND = 'backstage-access-inspector-diagnostics';
/** The newest bundle version this plugin writes and reads. */
export const BUNDLE_VERSION = 3;

// The plugin's writer gives `null` for an absent value in places (JSON has
// no undefined): optional fields of rows accept both and read as undefined.
const opt = <T extends z.ZodType>(type: T) =>
  type
    .nullish()
    .transform(value => value ?? undefined)
    .optional();

const severity = z.enum(['ok', 'info', 'unknown', 'warning', 'problem']);

const check = z.object({
  id: z.string(),
  severity,
  title: z.string(),
  detail: z.string(),
  fix: opt(z.string()),
  evidence: opt(z.array(z.object({ label: z.string(), value: z.string() }))),
  evaluatedAt: opt(z.string()),
});

const decision = z.object({
  pluginId: opt(z.string()),
  name: z.string(),
  decision: z.string(),
  resourceRef: opt(z.string()),
  /** v2: the permission's resource type, for resource permissions. */
  resourceType: opt(z.string()),
  /**
   * The rules the plugin offers for that resource type: what a conditional
   * decision can be made of (declared in v2, written from v3 on).
   */
  rules: opt(z.array(z.string())),
});

const groupDifference = z.object({
  ref: z.string(),
  inIdentity: z.boolean(),
  inUserinfo: opt(z.boolean()),
  inCatalog: opt(z.boolean()),
  note: opt(z.string()),
});

const common = {
  kind: z.literal(BUNDLE_KIND),
  generatedAt: z.string(),
  note: z.string(),
  environment: z.record(z.string(), z.unknown()),
  /** The doctor's open doors, when the writer had them. */
  openDoors: z.array(check).optional(),
  checks: z.array(check),
  claims: z.object({ header: z.unknown(), payload: z.unknown() }).optional(),
  groups: z
    .object({
      userEntityRef: z.string().optional(),
      identityRefs: z.number().optional(),
      userinfoRefs: z.number().optional(),
      catalogDirect: z.number().optional(),
      catalogInherited: z.number().optional(),
      differences: z.array(groupDifference).optional(),
      differencesNotListed: z.number().optional(),
      errors: z.array(z.string()).optional(),
    })
    .optional(),
  permissions: z
    .object({
      enabled: z.boolean().optional(),
      decisions: z.array(decision).optional(),
      errors: z.array(z.string()).optional(),
    })
    .optional(),
  pastedToken: z
    .object({
      evaluatedAt: z.string(),
      kind: z.string(),
      checks: z.array(check),
      header: z.unknown().optional(),
      claims: z.unknown().optional(),
    })
    .optional(),
  pastedError: z
    .object({ evaluatedAt: z.string(), text: z.string(), check })
    .optional(),
  timeline: z.array(
    z.object({
      at: z.string(),
      type: z.string(),
      detail: z.string().optional(),
    }),
  ),
};

/** Version 1: what the plugin wrote before the comparison needed more. */
export const bundleV1Schema = z.object({ ...common, version: z.literal(1) });

// What version 2 adds to version 1.
const v2 = {
  sender: z
    .object({
      userEntityRef: z.string(),
      ownershipRefs: z.array(z.string()),
      provider: opt(z.string()),
    })
    .optional(),
  groupsBySource: z
    .object({
      identity: z.array(z.string()),
      userinfo: z.array(z.string()).optional(),
      catalogDirect: z.array(z.string()).optional(),
      catalogInherited: z.array(z.string()).optional(),
      claim: z.array(z.string()).optional(),
    })
    .optional(),
  actions: z.array(z.string()).optional(),
  accessChanges: z
    .object({
      since: z.string().optional(),
      changes: z.array(z.string()),
      note: z.string().optional(),
    })
    .optional(),
};

/** Version 2: adds the sender, groups by source, actions and changes. */
export const bundleV2Schema = z.object({
  ...common,
  ...v2,
  version: z.literal(2),
});

const providerSession = z.object({
  providerId: z.string(),
  title: opt(z.string()),
  // Open: a newer plugin may know more kinds and states than these.
  kind: z.string(),
  usedForBackstage: opt(z.boolean()),
  state: z.string(),
  error: opt(z.string()),
  profile: opt(
    z.object({ displayName: opt(z.string()), email: opt(z.string()) }),
  ),
  backstageExpiresAt: opt(z.string()),
  idToken: opt(
    z.object({
      status: z.string(),
      reason: opt(z.string()),
      claims: opt(z.record(z.string(), z.unknown())),
    }),
  ),
  proxied: opt(
    z.object({
      userEntityRef: opt(z.string()),
      ownershipRefs: opt(z.array(z.string())),
      asserted: opt(
        z.union([
          z.string(),
          z.object({
            iss: opt(z.string()),
            sub: opt(z.string()),
            exp: opt(z.number()),
          }),
        ]),
      ),
    }),
  ),
});

/**
 * Version 3: adds the sender's provider sessions as their sessions card
 * showed them, and fills the rules of resource permissions' decisions.
 */
export const bundleV3Schema = z.object({
  ...common,
  ...v2,
  version: z.literal(3),
  providerSessions: z.array(providerSession).optional(),
});

export const bundleSchema = z.discriminatedUnion('version', [
  bundleV1Schema,
  bundleV2Schema,
  bundleV3Schema,
]);

export type BundleV1 = z.infer<typeof bundleV1Schema>;
export type BundleV2 = z.infer<typeof bundleV2Schema>;
export type BundleV3 = z.infer<typeof bundleV3Schema>;
/** One provider session as a version-3 bundle carries it. */
export type BundleProviderSession = z.infer<typeof providerSession>;
/** A support bundle as read, of any version this plugin reads. */
export type AnyBundle = z.infer<typeof bundleSchema>;

/** What a version-2 bundle lacks, by the v3 field's name. */
export const V2_LACKS = ['providerSessions', 'rules'] as const;

/** What a version-1 bundle lacks, by the newer fields' names. */
export const V1_LACKS = [
  'sender',
  'groupsBySource',
  'actions',
  'accessChanges',
  ...V2_LACKS,
] as const;

/** What a bundle of the given version lacks that the newest one has. */
export function bundleLacks(version: number): string[] {
  if (version === 1) return [...V1_LACKS];
  if (version === 2) return [...V2_LACKS];
  return [];
}
