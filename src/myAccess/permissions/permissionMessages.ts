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
    failed_one:
      'Could not check {{count}} basic permission: POST /api/permission/authorize failed ({{summary}})',
    failed_other:
      'Could not check {{count}} basic permissions: POST /api/permission/authorize failed ({{summary}})',
    retry: 'Retry permission check',
  },
  empty: 'None of the plugins asked ({{pluginIds}}) declares a permission.',
  configFailed: 'The permissions card cannot start',
  resources: {
    heading: 'Resource permissions: {{resourceType}}',
    explanation_one:
      'The permission backend decides this permission only for a given resource: it will not say whether your policy allows or denies it in general. Pick a resource to check it.',
    explanation_other:
      'The permission backend decides these {{count}} permissions only for a given resource: it will not say whether your policy allows or denies them in general. Pick a resource to check them all against it in one request.',
    rules: 'Rules a policy can use for {{resourceType}}',
    noRules: 'The plugin declares no rules for {{resourceType}}.',
    entityRefLabel: 'Entity ref for {{resourceType}}',
    resourceRefLabel: 'Resource ref for {{resourceType}}',
    entityRefHelp:
      'kind:namespace/name; open the list to pick one from the catalog',
    entityRefExample: 'kind:namespace/name, e.g. {{example}}',
    check: 'Check {{resourceType}}',
    checking: 'Checking against {{resourceRef}}…',
    checked: 'Decisions below are for {{resourceRef}}.',
    notInCatalog:
      'No entity {{resourceRef}} in the catalog; the decisions below are for a resource that does not exist.',
    notVisible:
      'The catalog shows you no entity {{resourceRef}}: it does not exist, or the policy does not let you read it. The decisions below are for that ref all the same.',
    existenceUnknown:
      'Decisions below are for {{resourceRef}}. Whether it exists in the catalog could not be checked ({{summary}}: {{message}}).',
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
    forMissingResource: 'for {{resourceRef}} (not found in the catalog)',
    noMatch: 'No permission matches these filters.',
  },
  decisions: {
    ALLOW: 'ALLOW',
    DENY: 'DENY',
    PER_RESOURCE: 'Per resource (not checked)',
    PENDING: 'Checking…',
    UNKNOWN: 'Unknown (check failed)',
  },
} as const;
