// The groups claim's options: the groups card maps the claim with them, the
// sessions card marks the claim among the ID token's.

/** The Group annotation the Microsoft Graph catalog provider writes. */
export const DEFAULT_GROUP_ID_ANNOTATION = 'graph.microsoft.com/group-id';

/** Claims IdPs put groups in, in the order they are looked for by default. */
export const DEFAULT_GROUPS_CLAIMS = ['groups'];

/** How the groups claim is read and matched. */
export type GroupsClaimOptions = {
  /** Claim names to read, first found wins per name (e.g. `roles`, `cognito:groups`). */
  claimNames: string[];
  /** Namespace a claimed name is looked up in. */
  namespace: string;
  /** Annotation on a Group holding the IdP's id for it. */
  annotation: string;
};

/** `accessInspector.groups`: which claims, which namespace, which annotation. */
export function readGroupsClaimOptions(config: {
  getOptionalStringArray(key: string): string[] | undefined;
  getOptionalString(key: string): string | undefined;
}): GroupsClaimOptions {
  return {
    claimNames:
      config.getOptionalStringArray('accessInspector.groups.claims') ??
      DEFAULT_GROUPS_CLAIMS,
    namespace:
      config.getOptionalString('accessInspector.groups.namespace') ?? 'default',
    annotation:
      config.getOptionalString('accessInspector.groups.annotation') ??
      DEFAULT_GROUP_ID_ANNOTATION,
  };
}
