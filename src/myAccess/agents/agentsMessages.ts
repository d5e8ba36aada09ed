/** Strings of the My Access agents card. */
export const agentsMessages = {
  card: {
    title: 'Agents acting as you',
    subheader:
      'What an AI agent or MCP client signed in as you could do on this backend',
  },
  fullAccess:
    'An agent that signs in as you gets a Backstage token for your user, carrying your identity alone (sub). It holds your full access: every permission the policy gives you and every action listed below, nothing narrower. Backstage has no scopes for user tokens; only a platform team can contain what such a token does.',
  checks: 'Agent access',
  retry: 'Retry',
  findings: {
    signInClientIdMetadataDocuments: {
      title: 'Agents can sign in as you: client ID metadata documents',
      detail:
        'The auth backend’s discovery document advertises client ID metadata documents. An MCP client whose client id URL is allowed (auth.clientIdMetadataDocuments.allowedClientIdPatterns; by default Claude, VS Code, ChatGPT Codex, Cursor and the Backstage CLI) opens an approval page in Backstage and, once you approve, acts as you. {{refresh}}',
    },
    signInDynamicClientRegistration: {
      title: 'Agents can sign in as you: dynamic client registration',
      detail:
        'The auth backend’s discovery document advertises a registration endpoint ({{endpoint}}): any client can register itself and ask you to approve it, then acts as you. Backstage deprecated dynamic client registration and removed it in auth-backend 0.31 in favour of client ID metadata documents. {{refresh}}',
    },
    signInStaticClients: {
      title: 'Agents can sign in as you: pre-registered clients',
      detail:
        'The auth backend’s discovery document advertises a token revocation endpoint without client ID metadata documents or dynamic client registration, which it does for clients the platform team registered (auth.staticClients). Those clients act as you once you approve them. {{refresh}}',
    },
    signInNone: {
      title: 'Agents cannot sign in as you',
      detail:
        'The auth backend’s discovery document advertises no client ID metadata documents, no dynamic client registration and no pre-registered clients, so no agent can get a token for you from it. Agents can still act as a service with a static external-access token, which does not carry your identity.',
    },
    signInUnknown: {
      title: 'Could not tell whether agents can sign in as you',
      detail:
        'The auth backend’s discovery document (GET …/.well-known/openid-configuration) could not be read: {{message}}. Whether agents can sign in as you is decided there, so this page cannot say.',
    },
    mcpServed: {
      title: 'MCP server: {{url}}',
      detail:
        'The MCP actions backend answers here. It offers MCP clients the actions of the plugins in backend.actions.pluginSources (backend config this page cannot read), minus its own filters; an agent signed in as you calls them as you.',
    },
    mcpNamedServed: {
      title: 'MCP server {{server}}: {{url}}',
      detail:
        'The named MCP server {{server}} (mcpActions.servers.{{server}}) answers here, with the actions its filter lets through.',
    },
    mcpMissing: {
      title: 'No MCP server: the MCP actions backend is not installed',
      detail:
        'GET {{url}} answered 404, as a backend without @backstage/plugin-mcp-actions-backend does. Agents can still call the actions below through each plugin’s actions endpoint, with a token for you.',
    },
    mcpNamedMissing: {
      title: 'No MCP server named {{server}}',
      detail:
        'GET {{url}} answered 404: accessInspector.agents.mcpServers lists {{server}}, but the backend has no mcpActions.servers.{{server}}, or no MCP actions backend.',
      fix: 'Remove {{server}} from accessInspector.agents.mcpServers, or add it to mcpActions.servers in the backend config.',
    },
    mcpRefused: {
      title: 'The MCP server refused this page’s token ({{status}})',
      detail:
        'GET {{url}} answered {{status}}: {{message}}. Something answers there, but whether it is an MCP server could not be checked. The 401 doctor below explains refused tokens.',
    },
    mcpFailed: {
      title: 'The MCP endpoint answered {{status}}',
      detail:
        'GET {{url}} answered {{status}}: {{message}}. An MCP actions backend answers 405 to a GET; this is something else, or a failure.',
    },
    mcpNoAnswer: {
      title: 'Could not tell whether there is an MCP server',
      detail: 'GET {{url}} got no answer: {{message}}.',
    },
    mcpUnresolved: {
      title: 'Could not tell whether there is an MCP server',
      detail:
        'The app’s discovery API has no URL for the plugin mcp-actions: {{message}}.',
    },
    actionsNotServed: {
      title: '{{pluginId}}: no actions (not installed, or it registers none)',
      detail:
        'GET …/.backstage/actions/v1/actions answered 404. A plugin that is not installed, and one that registers no actions, both answer so.',
    },
    actionsNoneVisible: {
      title: '{{pluginId}}: no actions you can see',
      detail:
        'The plugin serves an actions list, and it is empty for you: it registers none, its actions are filtered out (backend.actions.pluginSources, backend.actions.filter), or their visibility permissions hide them from you.',
    },
    actionsFailed: {
      title: '{{pluginId}}: the actions list failed ({{summary}})',
      detail:
        'GET …/.backstage/actions/v1/actions failed: {{message}}. The other plugins’ actions are listed all the same.',
    },
    actionsNoAnswer: {
      title: '{{pluginId}}: could not tell, the actions list got no answer',
      detail:
        'GET …/.backstage/actions/v1/actions got no answer: {{message}}. The other plugins’ actions are listed all the same.',
    },
    actionsUnreadable: {
      title: '{{pluginId}}: the answer is not an actions list',
      detail: 'GET …/.backstage/actions/v1/actions: {{message}}.',
    },
    nothingInstalled: {
      title: 'Nothing for agents here: no actions and no MCP server',
      detail:
        'None of the plugins asked ({{pluginIds}}) serves actions, and the MCP actions backend is not installed. An agent signed in as you can still call the backends’ APIs as you do.',
    },
    configInvalid: {
      title: '{{key}} cannot be used',
      detail: '{{key}}: {{message}}. The card uses what it can.',
      fix: 'Set {{key}} to a list of ids in the app config.',
    },
  },
  evidence: {
    request: 'Request',
    status: 'Status',
    errorName: 'Error',
  },
  refresh: {
    yes: 'The backend also issues refresh tokens, so an agent keeps that access after your browser session ends, until you revoke it or the refresh token expires.',
    no: 'The backend issues no refresh tokens: an agent’s access ends when its token expires.',
  },
  actions: {
    heading: 'Actions an agent signed in as you can call',
    summary_one:
      '{{count}} action in {{plugins}}, {{destructive}} of them destructive.',
    summary_other:
      '{{count}} actions in {{plugins}}, {{destructive}} of them destructive.',
    summaryNone: 'No action in the plugins asked.',
    asked:
      'Plugins asked: {{pluginIds}} (accessInspector.agents.plugins). Others may serve actions too. Listed with your own token, which is what an agent signed in as you would use.',
    pluginHeading: '{{pluginId}}',
    pluginCount_one: '{{count}} action',
    pluginCount_other: '{{count}} actions',
    tableLabel: 'Actions of {{pluginId}}',
    action: 'Action',
    description: 'What it does',
    attributes: 'Attributes',
    destructive: 'Destructive',
    changesData: 'Changes data',
    readOnly: 'Read-only',
    idempotent: 'Idempotent',
    notIdempotent: 'Not idempotent',
    fullDescription: 'Full description',
    hideDescription: 'Hide the full description',
  },
  setup: {
    heading: 'Point an agent at this backend',
    cliTitle: 'Sign the Backstage CLI in as you',
    cliBody:
      'Opens Backstage in your browser to approve the CLI, which then acts as you (backstage-cli auth print-token gives its token to other tools).',
    cliNeedsCimd:
      'It needs client ID metadata documents, which this backend does not advertise: the command will fail until they are enabled.',
    cliNoBackendUrl:
      'The CLI expects the auth backend at <backend>/api/auth; this app finds it at {{authBaseUrl}}, so the backend’s base URL cannot be derived.',
    copyCli: 'Copy the CLI command',
    mcpTitle: 'MCP client entry',
    mcpOauth:
      'For clients that sign in by themselves (client ID metadata documents): the client opens Backstage for your approval.',
    mcpStaticToken:
      'This backend offers agents no way to sign in as you, so the entry sends MCP_TOKEN: a static external-access token from your platform team, which acts as a service, not as you.',
    copyMcp: 'Copy the MCP client entry',
    noMcp:
      'No MCP server was found on this backend, so there is no entry to copy.',
  },
  contain: {
    heading: 'What a platform team can do to contain it',
    filtersTitle: 'Action filters',
    filtersBody:
      'backend.actions.filter takes actions out of the actions registry for every caller, people and agents alike: they are neither listed nor run. mcpActions.servers only adds narrower MCP servers (here /api/mcp-actions/v1/read-only): the default server keeps serving every action, and a token for you still reaches each plugin’s actions endpoint directly.',
    copyFilters: 'Copy the action filters',
    visibilityTitle: 'Permission rules on visibility permissions',
    visibilityBody:
      'An action registered with a visibilityPermission is listed and run only for callers the permission policy allows. None of Backstage’s built-in actions has one; what an action does when it runs stays under the permissions it checks (catalog.entity.delete, …), so an agent can do no more than you.',
    copyVisibility: 'Copy the visibility permission example',
    restrictionsTitle: 'Access restrictions for service tokens',
    restrictionsBody:
      'A static external-access token can be limited to some plugins and to permissions with some attributes (accessRestrictions). It acts as a service, not as you: who-am-i refuses it, policies see no user, and this page cannot see such tokens.',
    copyRestrictions: 'Copy the access restrictions',
  },
} as const;
