import type { PermissionTable } from './permissionTableState';
import type { PermissionSummary } from '../../logic/permissionSummary';

/** What the support bundle says about permissions: decisions and failed calls. */
export function summarizePermissions(
  table: PermissionTable | undefined,
): PermissionSummary | undefined {
  if (!table) return undefined;
  if (!table.enabled) return { enabled: false };
  const errors = table.plugins.flatMap(plugin =>
    plugin.status === 'error'
      ? [
          `${plugin.pluginId}: permission metadata failed: ${plugin.error.message}`,
        ]
      : [],
  );
  if (table.basicFailure) {
    errors.push(`authorize failed: ${table.basicFailure.error.message}`);
  }
  return {
    enabled: true,
    decisions: table.rows.map(row => ({
      pluginId: row.pluginId,
      name: row.name,
      decision: row.decision,
      resourceRef: row.resourceRef,
      ...(row.resourceType && { resourceType: row.resourceType }),
      ...(row.rules.length > 0 && { rules: row.rules.map(rule => rule.name) }),
    })),
    errors,
  };
}
