/*
 * Config a platform team can start from to contain what an agent signed in
 * as a user can do. Code, not prose: the card's messages explain each one.
 */

/**
 * Action filters: `backend.actions.filter` applies in the actions registry
 * of every plugin (listing and running alike), `mcpActions.servers` offers a
 * narrower MCP server beside the default one.
 */
export const ACTION_FILTERS_SNIPPET = `backend:
  actions:
    filter:
      exclude:
        - attributes:
            destructive: true

mcpActions:
  servers:
    read-only:
      name: Backstage (read-only)
      filter:
        include:
          - attributes:
              readOnly: true
`;

/**
 * A visibility permission on an action, and the policy rule that decides
 * who sees and may run it.
 */
export const VISIBILITY_PERMISSION_SNIPPET = `// Where the action is registered
actionsRegistry.register({
  name: 'rotate-secret',
  visibilityPermission: createPermission({
    name: 'my-plugin.action.rotate',
    attributes: { action: 'update' },
  }),
  // title, description, attributes, schema, action
});

// In the permission policy's handle(request, user)
if (request.permission.name === 'my-plugin.action.rotate') {
  const { ownershipEntityRefs } = await userInfo.getUserInfo(user.credentials);
  return {
    result: ownershipEntityRefs.includes('group:default/admins')
      ? AuthorizeResult.ALLOW
      : AuthorizeResult.DENY,
  };
}
`;

/** A static external-access token limited to MCP and catalog reads. */
export const ACCESS_RESTRICTIONS_SNIPPET = `backend:
  auth:
    externalAccess:
      - type: static
        options:
          token: \${MCP_TOKEN}
          subject: mcp-clients
        accessRestrictions:
          - plugin: mcp-actions
          - plugin: catalog
            permissionAttribute:
              action: read
`;
