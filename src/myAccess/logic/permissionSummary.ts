/**
 * What the permissions section can hand to the bundle. Every field is
 * optional: the bundle says "not provided" for what is missing.
 */
export type PermissionSummary = {
  enabled?: boolean;
  decisions?: Array<{
    pluginId?: string;
    name: string;
    /** A decision (`ALLOW`, `DENY`, `PER_RESOURCE`, …) as the table shows it. */
    decision: string;
    resourceRef?: string;
    resourceType?: string;
    /**
     * The rules the plugin declares for the resource type: what a
     * conditional decision can be made of (names only).
     */
    rules?: string[];
  }>;
  errors?: string[];
};
