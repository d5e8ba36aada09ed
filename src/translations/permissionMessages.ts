/** Strings of the My Access permissions card. */
export const permissionMessages = {
  card: {
    title: 'My permissions',
    subheader:
      'What the permission policy decides for you, for every permission the backend plugins declare',
  },
  disabled: {
    title: 'The permission framework is off',
    message:
      'permission.enabled is not true in the app config, so the backend checks no permissions: once signed in, everything is allowed. Nothing was sent to the permission backend.',
  },
  plugins: {
    loading: 'Loading the permissions of {{pluginId}}…',
    notFound:
      '{{pluginId}}: no permissions, or the plugin is not installed (HTTP 404)',
    failed:
      'Could not read the permissions of plugin {{pluginId}}: GET …/.well-known/backstage/permissions/metadata failed ({{summary}})',
    retry: 'Retry {{pluginId}}',
  },
  basic: {
    failed:
      'Could not check {{count}} basic permissions: POST /api/permission/authorize failed ({{summary}})',
    retry: 'Retry permission check',
  },
  empty: 'None of the plugins asked ({{pluginIds}}) declares a permission.',
  configFailed: 'The permissions card cannot start',
  resources: {
    heading: 'Resource permissions: {{resourceType}}',
    explanation:
      'These {{count}} permissions depend on the resource. Pick one to check them all against it in one request.',
    rules: 'Rules a policy can use for {{resourceType}}',
    noRules: 'The plugin declares no rules for {{resourceType}}.',
    entityRefLabel: 'Entity ref for {{resourceType}}',
    resourceRefLabel: 'Resource ref for {{resourceType}}',
    entityRefHelp: 'kind:namespace/name, e.g. component:default/payments',
    check: 'Check {{resourceType}}',
    checking: 'Checking against {{resourceRef}}…',
    checked: 'Decisions below are for {{resourceRef}}.',
    failed:
      'Could not check {{resourceType}} permissions against {{resourceRef}}: POST /api/permission/authorize failed ({{summary}})',
    retry: 'Retry {{resourceType}} check',
    invalidEntityRef: 'Not an entity ref: {{message}}',
    suggestionsFailed:
      'No suggestions from the catalog ({{summary}}); you can still type a ref.',
  },
  filters: {
    search: 'Search permissions',
    plugin: 'Plugin',
    decision: 'Decision',
    all: 'All',
  },
  counts: {
    label: 'Decision counts',
  },
  table: {
    label: 'Permissions',
    plugin: 'Plugin',
    permission: 'Permission',
    type: 'Type',
    action: 'Action',
    decision: 'Decision',
    basic: 'basic',
    resource: 'resource: {{resourceType}}',
    rulesPrefix: 'Rules: {{rules}}',
    forResource: 'for {{resourceRef}}',
    noMatch: 'No permission matches these filters.',
  },
  decisions: {
    ALLOW: 'ALLOW',
    DENY: 'DENY',
    DEPENDS: 'Depends on the resource',
    PENDING: 'Checking…',
    UNKNOWN: 'Unknown (check failed)',
  },
} as const;
