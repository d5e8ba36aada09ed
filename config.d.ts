export interface Config {
  /**
   * Configuration of backstage-plugin-access-inspector.
   */
  accessInspector?: {
    signIn?: {
      /**
       * Sign-in providers offered on the sign-in page, in this order; My
       * Access shows a session card for each of them.
       * Built-in ids: github, gitlab, google, microsoft, okta, onelogin,
       * bitbucket, bitbucketServer, atlassian, openshift, vmwareCloud, guest,
       * and the proxied oauth2Proxy, gcpIap, awsalb, cfaccess, azureEasyAuth;
       * any other id needs `apiRef` (or `proxied: true`) here or a custom
       * provider in code.
       * @visibility frontend
       */
      providers?: Array<
        | string
        | {
            /** @visibility frontend */
            id: string;
            /** @visibility frontend */
            title?: string;
            /** @visibility frontend */
            message?: string;
            /**
             * Id of the API ref the app registered for this provider, e.g.
             * `internal.auth.keycloak` for a ref made with
             * `createApiRef({ id: 'internal.auth.keycloak' })`.
             * @visibility frontend
             */
            apiRef?: string;
            /**
             * An authenticating proxy in front of Backstage signs users in
             * for this provider: no popup, signed in on page load. Implied
             * for oauth2Proxy, gcpIap, awsalb, cfaccess and azureEasyAuth.
             * @visibility frontend
             */
            proxied?: boolean;
            /**
             * Proxied providers: where sign-out goes after the Backstage
             * session ended, e.g. /oauth2/sign_out (oauth2Proxy's default).
             * false stays in the app.
             * @visibility frontend
             */
            signOutUrl?: string | false;
          }
      >;
      /**
       * Sign in automatically when exactly one provider is offered.
       * @visibility frontend
       */
      auto?: boolean;
    };
    groups?: {
      /**
       * ID-token claims that hold the IdP's groups, read in this order.
       * Defaults to groups; e.g. roles, cognito:groups.
       * @visibility frontend
       */
      claims?: string[];
      /**
       * Namespace a claimed group name is looked up in. Defaults to default.
       * @visibility frontend
       */
      namespace?: string;
      /**
       * Group annotation that holds the IdP's id for a group (Entra ID puts
       * object ids in the claim). Defaults to graph.microsoft.com/group-id.
       * @visibility frontend
       */
      annotation?: string;
    };
    permissions?: {
      /**
       * Backend plugin ids asked for their permission metadata.
       * Defaults to catalog and scaffolder.
       * @visibility frontend
       */
      plugins?: string[];
    };
    agents?: {
      /**
       * Backend plugin ids whose actions (GET /.backstage/actions/v1/actions)
       * My Access lists as what an agent signed in as you could call.
       * Defaults to auth, catalog, scaffolder and notifications.
       * @visibility frontend
       */
      plugins?: string[];
      /**
       * Keys of named MCP servers (the backend's mcpActions.servers) to show
       * beside the default one at /api/mcp-actions/v1. Defaults to none.
       * @visibility frontend
       */
      mcpServers?: string[];
    };
    banner?: {
      /**
       * Minutes before the session's expiry at which the banner warns.
       * Defaults to 5.
       * @visibility frontend
       */
      warnBeforeMinutes?: number;
    };
    doctor?: {
      /**
       * Backend plugin ids probed by the 401 doctor. Defaults to catalog,
       * permission, mcp-actions and the plugins listed under permissions and
       * agents.
       * @visibility frontend
       */
      probePlugins?: string[];
    };
  };
}
