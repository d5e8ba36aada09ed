export interface Config {
  /**
   * Configuration of backstage-plugin-access-inspector.
   */
  accessInspector?: {
    signIn?: {
      /**
       * Sign-in providers offered on the sign-in page, in this order.
       * Built-in ids: github, gitlab, google, microsoft, okta, onelogin,
       * bitbucket, bitbucketServer, atlassian, openshift, vmwareCloud, guest;
       * any other id must be given by the app as a custom provider.
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
          }
      >;
      /**
       * Sign in automatically when exactly one provider is offered.
       * @visibility frontend
       */
      auto?: boolean;
    };
    permissions?: {
      /**
       * Backend plugin ids asked for their permission metadata.
       * Defaults to catalog and scaffolder.
       * @visibility frontend
       */
      plugins?: string[];
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
       * Backend plugin ids probed by the 401 doctor. Defaults to catalog and
       * the plugins listed under permissions.
       * @visibility frontend
       */
      probePlugins?: string[];
    };
  };
}
