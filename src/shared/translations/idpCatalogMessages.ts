/**
 * Strings that explain the identity providers' own error texts (the IdP
 * catalog in src/shared/logic/signInFailures/idp): per entry a title, what
 * it means for Backstage, the fix (app-config key, setting in the IdP's
 * console, the callback URL) and, where a text has several causes, each
 * cause with how to tell it apart. Merged into the sign-in help messages.
 *
 * Params: provider (the Backstage provider's title), providerId,
 * environment, callbackUrl, idp (the IdP's name), code, description.
 */
export const idpCatalogMessages = {
  idpCatalog: {
    idps: {
      entraId: 'Microsoft Entra ID',
      okta: 'Okta',
      google: 'Google',
      github: 'GitHub',
      gitlab: 'GitLab',
      keycloak: 'Keycloak',
      auth0: 'Auth0',
      cognito: 'Amazon Cognito',
      bitbucket: 'Bitbucket Cloud',
      onelogin: 'OneLogin',
      ping: 'Ping Identity',
    },
    evidence: {
      idp: 'Identity provider (named by its wording)',
      said: 'What the identity provider said',
      code: 'Error code it sent',
      family: 'OAuth error family',
      source: 'Documented in',
    },
    /** Causes of a bare code, most likely first, each with how to tell it. */
    families: {
      invalid_client: {
        secret:
          'The client secret in auth.providers.{{providerId}}.{{environment}}.clientSecret is wrong, expired or was rotated at the identity provider. Tell: the client’s page in the identity provider’s console shows when its secret expires; a description that names the secret says so.',
        clientId:
          'auth.providers.{{providerId}}.{{environment}}.clientId is unknown there: a typo, a client that was deleted, or one registered in another tenant, realm or organisation than the one Backstage asks. Tell: the description says the client was not found.',
        notSubstituted:
          'The secret never reached the backend: the environment variable clientSecret reads (${…}) is empty or unset where the backend runs. Tell: it fails for every user since a deploy; the backend’s config at start-up shows it.',
        authMethod:
          'The secret is sent in a way the client does not accept: client_secret_basic versus client_secret_post, or the client expects a certificate or signed JWT, or is registered as public. Tell: the client’s “token endpoint authentication method” in the identity provider’s console.',
      },
      unauthorized_client: {
        secret:
          'A wrong, missing or expired client secret: Keycloak answers unauthorized_client ("Invalid client or Invalid client credentials") where others say invalid_client. Tell: the description names the credentials; check auth.providers.{{providerId}}.{{environment}}.clientSecret against the client.',
        grant:
          'The client may not use the grant Backstage uses: the authorization code grant for sign-in, refresh_token for staying signed in. Tell: if only refreshing fails (on reload, after an hour), the refresh token grant is off.',
        disabled:
          'The client is disabled or suspended at the identity provider. Tell: its page in the console says so; every user fails.',
        clientType:
          'The client is of a type that may not sign in through a browser with a secret (a public/SPA or bearer-only client). Tell: the client’s type or platform in the console.',
      },
      access_denied: {
        userChoice:
          'Someone chose Deny or Cancel on {{provider}}’s consent or sign-in page. Tell: you remember choosing it, and signing in again while allowing access works.',
        policy:
          'The identity provider’s policy refuses this account for the Backstage application: not assigned to it, a conditional access rule, a disabled account. Tell: it fails again without anyone choosing Deny; the identity provider’s sign-in log names the rule.',
        adminConsent:
          'Only an administrator may consent to the scopes Backstage asks for (its defaults and auth.providers.{{providerId}}.{{environment}}.additionalScopes). Tell: the page asked for an administrator’s approval.',
      },
      invalid_grant: {
        codeReused:
          'The code was used twice or too late: the callback ran twice (a reload of the sign-in window, a proxy retrying) or the backend’s and the identity provider’s clocks differ. Tell: it fails right after the identity provider’s page, now and then.',
        redirectAtToken:
          'The redirect URI the backend sent when redeeming the code differs from the one in the sign-in request: callbackUrl or backend.baseUrl differ from the address the identity provider was called with. Tell: every sign-in fails right after the identity provider’s page.',
        refreshRevoked:
          'On refresh: the refresh token expired or was revoked (signed out at the identity provider, password changed, token lifetime). Tell: it happens on reload or after hours, not while signing in; signing in again works.',
      },
    },
    /** access_denied with a description no entry knows: the words win. */
    describedAccessDenied: {
      title: '{{provider}} refused the sign-in and said why',
      detail:
        '{{provider}} answered access_denied with its own reason: “{{description}}”. Its words decide what happened, not the code alone: access_denied with a reason is more often a configuration or policy refusal than a Deny someone chose.',
      fix: 'Look the quoted reason up in {{provider}}’s documentation or sign-in log, and compare the client registered there with auth.providers.{{providerId}}.{{environment}}. If the reason says you cancelled, sign in again and allow access.',
      causes: {
        policy:
          'A policy or assignment refuses this account or this client (not assigned to the application, conditional access, a disabled client). Tell: the reason names the user, client or policy.',
        consent:
          'Consent is missing for a scope Backstage asks for (auth.providers.{{providerId}}.{{environment}}.additionalScopes). Tell: the reason names consent, scopes or permissions.',
        userChoice:
          'Someone chose Deny or Cancel. Tell: the reason says the user denied or cancelled.',
      },
    },
    entries: {
      entraAadsts50011: {
        title: 'Entra ID does not know Backstage’s callback URL (AADSTS50011)',
        detail:
          'The redirect URI Backstage sent is not among the Redirect URIs of the app registration, so Entra ID shows its error page and never sends the window back. The match is exact: scheme, host, port, path, trailing slash and case.',
        fix: 'In the Entra admin center: App registrations → your app → Authentication → Add a platform: Web → Redirect URIs: add exactly {{callbackUrl}} (platform Web, not Single-page application). Or set auth.providers.{{providerId}}.{{environment}}.callbackUrl to the URI registered there.',
      },
      entraAadsts90102: {
        title: 'Entra ID rejected the redirect URI as malformed (AADSTS90102)',
        detail:
          'The redirect_uri Backstage sent is not an absolute URI. Backstage builds it from backend.baseUrl (or auth.providers.{{providerId}}.{{environment}}.callbackUrl): one of them is not a full http(s) URL.',
        fix: 'Make backend.baseUrl a full URL (https://backstage.example.com) or remove a relative callbackUrl; then register exactly {{callbackUrl}} under App registrations → Authentication → Web → Redirect URIs.',
      },
      entraRedirectUriNotValid: {
        title:
          'Entra ID does not know Backstage’s callback URL (redirect_uri not valid)',
        detail:
          'The redirect_uri Backstage sent matches no redirect URI registered for the app, so Entra ID shows its error page and never sends the window back.',
        fix: 'App registrations → your app → Authentication → Web → Redirect URIs: add exactly {{callbackUrl}}. Or set auth.providers.{{providerId}}.{{environment}}.callbackUrl to the URI registered there.',
      },
      entraAadsts50194: {
        title:
          'The app registration is single-tenant but Backstage signs in through /common (AADSTS50194)',
        detail:
          'auth.providers.{{providerId}}.{{environment}}.tenantId is common (or organizations), which only multitenant app registrations may use; this one accepts accounts of its own directory only.',
        fix: 'Set tenantId to the app registration’s “Directory (tenant) ID” (Overview page) and restart the backend. Only if users of other organisations should sign in: make the app multitenant (Authentication → Supported account types).',
      },
      entraAadsts700016: {
        title:
          'Entra ID does not know the application Backstage names (AADSTS700016)',
        detail:
          'No app registration with this client ID exists in the tenant Backstage signs in to.',
        fix: 'Compare auth.providers.{{providerId}}.{{environment}}.clientId with the app registration’s “Application (client) ID” and tenantId with its “Directory (tenant) ID” (Overview page), then restart the backend.',
        causes: {
          wrongClientId:
            'clientId is wrong (a typo, or another app’s ID). Tell: search App registrations for the ID in the message.',
          wrongTenant:
            'tenantId names another tenant than the one holding the app registration. Tell: the directory in the message is not the app’s “Directory (tenant) ID”.',
          deleted:
            'The app registration was deleted or recreated with a new ID. Tell: App registrations → Deleted applications lists it.',
        },
      },
      entraAadsts7000215: {
        title: 'Entra ID rejected Backstage’s client secret (AADSTS7000215)',
        detail:
          'The client secret the backend sent is not a current secret of the app registration.',
        fix: 'App registrations → your app → Certificates & secrets → New client secret; copy the Value column (not the Secret ID) into auth.providers.{{providerId}}.{{environment}}.clientSecret (or the variable it reads) and restart the backend.',
        causes: {
          secretId:
            'The Secret ID was copied instead of the secret’s Value, as Entra’s own message warns. Tell: the configured secret looks like a GUID (8-4-4-4-12 characters).',
          wrongValue:
            'The value is another app’s secret, or was cut or changed when stored. Tell: Certificates & secrets shows the first characters of each current secret.',
          notSubstituted:
            'The environment variable behind clientSecret is empty or unset where the backend runs. Tell: it started with a deploy and fails for everyone.',
        },
      },
      entraAadsts7000222: {
        title: 'The client secret Backstage uses has expired (AADSTS7000222)',
        detail:
          'Entra ID secrets expire (at most after two years); the one in auth.providers.{{providerId}}.{{environment}}.clientSecret has. Nobody can sign in until it is replaced.',
        fix: 'App registrations → your app → Certificates & secrets → New client secret; put its Value in clientSecret (or the variable it reads), restart the backend, and note the new expiry date.',
      },
      entraAadsts50020: {
        title:
          'Your account is not part of the tenant Backstage signs in to (AADSTS50020)',
        detail:
          'You signed in with an account from another directory or identity provider, and the tenant named in auth.providers.{{providerId}}.{{environment}}.tenantId has no such user or guest.',
        fix: 'Sign out at Microsoft and sign in with an account of that tenant; or have an admin invite you as a guest; or, for several tenants, make the app registration multitenant (Authentication → Supported account types) and set tenantId accordingly.',
        causes: {
          otherTenant:
            'You are signed in at Microsoft with an account of another organisation. Tell: the account in the message is not your account in this organisation.',
          guestNotInvited:
            'You should be a guest but the invitation was never sent or redeemed. Tell: Users in the tenant list no guest with your address, or it shows “Pending acceptance”.',
          personalAccount:
            'A personal Microsoft account (Outlook, Hotmail) was used with a single-tenant app registration. Tell: the identity provider in the message is live.com.',
        },
      },
      entraAadsts50105: {
        title:
          'You are not assigned to the Backstage application in Entra ID (AADSTS50105)',
        detail:
          'The enterprise application behind Backstage has “Assignment required” on, and neither you nor a group you are directly in is assigned to it. This is a configuration refusal, not a Deny anyone chose.',
        fix: 'An Entra admin: Enterprise applications → the Backstage app → Users and groups → Add user/group (nested groups do not count), or Properties → Assignment required: No.',
      },
      entraAadsts65001: {
        title:
          'Nobody has consented to what Backstage asks of Entra ID (AADSTS65001)',
        detail:
          'The app needs a permission that neither you nor an administrator has granted, and the request did not let Entra ID ask.',
        fix: 'An admin: Enterprise applications → the Backstage app → Permissions → Grant admin consent; or remove the scope from auth.providers.{{providerId}}.{{environment}}.additionalScopes. Then sign in from the button.',
        causes: {
          adminConsent:
            'Users may not consent to apps in this tenant, or the permission needs an admin. Tell: the sign-in page said “Need admin approval”.',
          newScope:
            'A scope was added (additionalScopes, or a plugin asking for more) after consent was given. Tell: it started after a config change or a new plugin.',
          silent:
            'A silent refresh asked for it, which cannot show a consent page. Tell: it happens on reload, and signing in from the button asks for consent.',
        },
      },
      entraAadsts53003: {
        title: 'A Conditional Access policy blocks the sign-in (AADSTS53003)',
        detail:
          'Entra ID verified you, but a Conditional Access policy refuses to issue a token for Backstage here (device, location, app or risk condition). A policy refusal, not a Backstage fault.',
        fix: 'Ask an Entra admin to open Sign-in logs → this sign-in → Conditional Access to see which policy blocked it, and to include or exclude the Backstage app or meet its condition (compliant device, network).',
      },
      entraAadsts50076: {
        title: 'Entra ID needs multi-factor authentication first (AADSTS50076)',
        detail:
          'A policy requires multi-factor authentication and the request could not show it (a silent refresh, or the factor was not completed).',
        fix: 'Sign in from the button and complete the multi-factor prompt in the window.',
      },
      oktaRedirectUri: {
        title: 'Okta does not know Backstage’s callback URL',
        detail:
          'The redirect_uri Backstage sent is not among the app’s Sign-in redirect URIs, so Okta shows its 400 page and never sends the window back. The match is exact, case and trailing slash included.',
        fix: 'Okta Admin Console → Applications → Applications → the Backstage app → General → LOGIN → Sign-in redirect URIs: add exactly {{callbackUrl}}. Or set auth.providers.{{providerId}}.{{environment}}.callbackUrl to the URI registered there.',
      },
      oktaUserNotAssigned: {
        title: 'You are not assigned to the Backstage app in Okta',
        detail:
          'Okta signed you in but refuses to sign you in to this app: your user (or a group you are in) has no assignment to it. Okta sends this as access_denied; it is a configuration refusal, not a Deny you chose.',
        fix: 'An Okta admin: Applications → the Backstage app (client auth.providers.{{providerId}}.{{environment}}.clientId) → Assignments → Assign → to People or Groups. Then sign in again.',
      },
      oktaE0000015: {
        title:
          'Okta refuses the authorization server Backstage uses (E0000015)',
        detail:
          'A custom authorization server (such as “default”) needs Okta’s API Access Management feature; without it Okta answers E0000015 to the sign-in.',
        fix: 'Remove auth.providers.{{providerId}}.{{environment}}.authServerId so that Backstage uses the org authorization server (https://<your Okta domain>/oauth2/v1/…), or have the feature enabled for the Okta org.',
      },
      oktaE0000011: {
        title: 'Okta refused an API token (E0000011): not the sign-in itself',
        detail:
          'E0000011 answers calls to Okta’s management API with an SSWS API token, not a browser sign-in. In Backstage that is a plugin reading Okta (such as a catalog provider ingesting Okta users and groups); its token stopped working, most often because the admin who created it was deactivated.',
        fix: 'Okta Admin Console → Security → API → Tokens: see who created the token; reactivate that account or create a new token (from a service account) and update the plugin’s config that holds it.',
      },
      oktaClientSecretInvalid: {
        title: 'Okta rejected Backstage’s client secret',
        detail:
          'Okta knows the client but not the secret the backend sent with it.',
        fix: 'Applications → the Backstage app → General → Client Credentials: compare (or generate) the secret and put it in auth.providers.{{providerId}}.{{environment}}.clientSecret, then restart the backend.',
        causes: {
          wrongOrRotated:
            'The secret is wrong or was rotated in Okta. Tell: Client Credentials lists the active secrets and when each was created.',
          authMethod:
            'The client authentication method in Okta (Client secret vs Public key / Private key) is not what Backstage sends. Tell: Client Credentials → Client authentication.',
          notSubstituted:
            'The variable behind clientSecret is empty where the backend runs. Tell: it fails for everyone since a deploy.',
        },
      },
      oktaClientIdInvalid: {
        title: 'Okta does not know the client ID Backstage sends',
        detail:
          'No app in this Okta org (or authorization server) has the client ID in auth.providers.{{providerId}}.{{environment}}.clientId.',
        fix: 'Copy the Client ID from Applications → the Backstage app → General into clientId, and check that audience names this Okta org. Restart the backend.',
      },
      googleRedirectUriMismatch: {
        title:
          'Google does not know Backstage’s callback URL (redirect_uri_mismatch)',
        detail:
          'The redirect URI Backstage sent is not among the OAuth client’s Authorized redirect URIs, so Google shows “Error 400: redirect_uri_mismatch” and never sends the window back.',
        fix: 'Google Cloud console → APIs & Services → Credentials → the OAuth 2.0 Client ID in auth.providers.{{providerId}}.{{environment}}.clientId → Authorized redirect URIs: add exactly {{callbackUrl}} (changes can take minutes).',
      },
      googleInvalidRequest: {
        title:
          'Google blocked the sign-in request as invalid (invalid_request)',
        detail:
          'Google’s “Access blocked: This app’s request is invalid” page: something in the request breaks its OAuth policy, most often the redirect URI.',
        fix: 'Open “error details” on Google’s page to see the parameter it names; for the redirect URI, register exactly {{callbackUrl}} under Credentials → the OAuth client → Authorized redirect URIs and serve the backend over https (only localhost may use http).',
        causes: {
          redirectUri:
            'The redirect URI is not registered, or uses http on a host other than localhost. Tell: the error details show redirect_uri.',
          parameters:
            'Another parameter breaks the policy (an unknown scope in additionalScopes, a disallowed prompt). Tell: the error details name it.',
        },
      },
      googleOrgInternal: {
        title:
          'This Google client only signs in users of its own organisation (org_internal)',
        detail:
          'The OAuth consent screen of the Google Cloud project is “Internal”: only accounts of its Google Workspace organisation may sign in, and this account is not one.',
        fix: 'Sign out at Google and sign in with your organisation’s account. Or, if outside accounts should sign in, set the consent screen’s User type to External (Google Auth Platform → Audience).',
      },
      googleAdminPolicyEnforced: {
        title:
          'Your Google Workspace admin does not allow this app (admin_policy_enforced)',
        detail:
          'A Workspace policy restricts which apps may access account data, and the Backstage OAuth client is not trusted. A policy refusal, not a Deny you chose.',
        fix: 'A Workspace admin: Admin console → Security → Access and data control → API controls → Manage third-party app access: add the client ID from auth.providers.{{providerId}}.{{environment}}.clientId and mark it Trusted.',
      },
      googleUnverifiedApp: {
        title:
          'Google lets only test users sign in to this app (access_denied)',
        detail:
          'The Google Cloud project’s OAuth consent screen is in “Testing” and this account is not one of its test users, so Google answers access_denied without asking you anything.',
        fix: 'Google Auth Platform → Audience → Test users: add the account; or publish the app (In production), or make it Internal for a Workspace organisation.',
      },
      googleClientNotFound: {
        title:
          'Google does not know the client ID Backstage sends (invalid_client)',
        detail:
          'Google found no OAuth client with the ID in auth.providers.{{providerId}}.{{environment}}.clientId.',
        fix: 'Copy the Client ID from Google Cloud console → APIs & Services → Credentials into clientId (or the variable it reads) and restart the backend.',
        causes: {
          wrongClientId:
            'The ID is wrong or has spaces around it. Tell: it is not listed under Credentials.',
          notSubstituted:
            'The variable behind clientId is empty where the backend runs. Tell: the request details on Google’s page show client_id empty or “undefined”.',
          deleted:
            'The client was deleted from the project. Tell: Credentials no longer lists it (deleted clients can be restored for 30 days).',
        },
      },
      githubRedirectUriMismatch: {
        title:
          'GitHub does not accept Backstage’s callback URL (redirect_uri_mismatch)',
        detail:
          'The redirect_uri Backstage sent does not match the OAuth app’s Authorization callback URL (GitHub accepts that URL or a path below it, same host and port).',
        fix: 'GitHub → Settings → Developer settings → OAuth Apps → the app of auth.providers.{{providerId}}.{{environment}}.clientId → Authorization callback URL: exactly {{callbackUrl}}.',
      },
      githubIncorrectClientCredentials: {
        title:
          'GitHub rejected Backstage’s client ID or secret (incorrect_client_credentials)',
        detail:
          'When the backend redeemed the sign-in code, GitHub did not accept the client_id/client_secret pair it sent.',
        fix: 'GitHub → Developer settings → OAuth Apps → the app: compare Client ID with auth.providers.{{providerId}}.{{environment}}.clientId, generate a new client secret into clientSecret, restart the backend.',
        causes: {
          wrongSecret:
            'The secret is wrong or was reset at GitHub. Tell: the app’s page shows when each secret was last used; yours never is.',
          appMixup:
            'clientId and clientSecret belong to two different apps (a GitHub App’s and an OAuth App’s, or two environments’). Tell: the secret was copied from another app’s page.',
          notSubstituted:
            'The variable behind clientSecret is empty where the backend runs. Tell: it fails for everyone since a deploy.',
        },
      },
      githubBadVerificationCode: {
        title:
          'GitHub refused the sign-in code as used or expired (bad_verification_code)',
        detail:
          'The code GitHub handed back was redeemed once already, is older than ten minutes, or belongs to another app.',
        fix: 'Sign in again. If it fails every time, check that all backend instances share the same auth.providers.{{providerId}} config and the same database, and that no proxy retries the callback request.',
        causes: {
          usedTwice:
            'The callback ran twice (the window reloaded, a proxy retried). Tell: it fails now and then; signing in again works.',
          expired:
            'The code waited too long before the backend redeemed it. Tell: a slow or paused backend; clocks far apart.',
          otherInstance:
            'Another backend with other credentials redeemed it (two environments on one callback URL). Tell: it fails every time on one environment.',
        },
      },
      githubApplicationSuspended: {
        title: 'GitHub has suspended the OAuth app Backstage signs in with',
        detail:
          'GitHub suspends an OAuth app after reported abuse, spam or API misuse; nobody can sign in with it until support lifts the suspension.',
        fix: 'The app owner: contact GitHub support (or your GitHub Enterprise site administrator); meanwhile register a new OAuth app and put its credentials in auth.providers.{{providerId}}.{{environment}}.',
      },
      githubAccessDenied: {
        title: 'Access to Backstage was cancelled at GitHub',
        detail:
          'GitHub’s authorize page answered “The user has denied your application access”: Cancel was chosen there.',
        fix: 'Sign in again and choose Authorize. If your organisation restricts OAuth apps, an owner must approve the app (Organization settings → Third-party access).',
      },
      gitlabRedirectUriInvalid: {
        title:
          'GitLab (or another Doorkeeper server) does not accept Backstage’s callback URL',
        detail:
          'The redirect URI Backstage sent is not among the Callback URLs of the GitLab application, so GitLab shows its error page and never sends the window back.',
        fix: 'GitLab → Edit profile (or group, or Admin area) → Applications → the app of auth.providers.{{providerId}}.{{environment}}.clientId → Callback URL: add exactly {{callbackUrl}}. For a self-managed GitLab, also check audience.',
      },
      gitlabInvalidClient: {
        title:
          'GitLab (or another Doorkeeper server) does not accept Backstage’s client credentials',
        detail:
          'GitLab’s OAuth server could not authenticate the client: it does not know the Application ID, or the secret is wrong, or none was sent.',
        fix: 'GitLab → Applications → the app: compare its Application ID with auth.providers.{{providerId}}.{{environment}}.clientId, renew the secret into clientSecret, restart the backend.',
        causes: {
          wrongSecret:
            'The secret is wrong or was renewed. Tell: the Application ID matches.',
          wrongClientId:
            'The Application ID is wrong, or the app was created on another GitLab than audience names. Tell: the app is not listed on that GitLab.',
          otherInstance:
            'audience points at gitlab.com while the app lives on a self-managed GitLab (or the reverse). Tell: the sign-in window’s address shows the host.',
        },
      },
      keycloakInvalidRedirectUri: {
        title: 'Keycloak does not accept Backstage’s callback URL',
        detail:
          'The redirect_uri Backstage sent matches none of the client’s Valid redirect URIs, so Keycloak shows its error page and never sends the window back.',
        fix: 'Keycloak admin console → the realm → Clients → the client of auth.providers.{{providerId}}.{{environment}}.clientId → Settings → Valid redirect URIs: add exactly {{callbackUrl}} (a trailing * is allowed, but an exact URI is safer).',
      },
      keycloakClientNotFound: {
        title: 'Keycloak has no client with the ID Backstage sends',
        detail:
          'The realm Backstage signs in to has no client with the ID in auth.providers.{{providerId}}.{{environment}}.clientId.',
        fix: 'Compare clientId with the client’s Client ID, and the realm in metadataUrl (…/realms/<realm>/.well-known/openid-configuration) with the realm that holds it.',
        causes: {
          wrongClientId:
            'clientId has a typo or names a client that was deleted. Tell: Clients in the realm does not list it.',
          wrongRealm:
            'metadataUrl points at another realm (often master). Tell: the sign-in window’s address shows /realms/<name>/.',
        },
      },
      keycloakClientDisabled: {
        title: 'The Keycloak client Backstage uses is disabled',
        detail:
          'The client exists but is switched off, so Keycloak refuses every sign-in with it.',
        fix: 'Keycloak admin console → Clients → the client → Settings: set Enabled on.',
      },
      keycloakStandardFlowDisabled: {
        title: 'The Keycloak client may not sign in through a browser',
        detail:
          'Backstage signs in with the authorization code flow (“Standard flow”), which is off for this client.',
        fix: 'Keycloak admin console → Clients → the client → Settings → Capability config: turn Standard flow on (and Client authentication on, for the client secret Backstage sends).',
      },
      keycloakBearerOnly: {
        title: 'The Keycloak client is bearer-only',
        detail:
          'A bearer-only client only checks tokens and may not sign users in, so Keycloak refuses the browser sign-in.',
        fix: 'Use a confidential client with Standard flow for Backstage (Clients → Create client), and put its ID and secret in auth.providers.{{providerId}}.{{environment}}.',
      },
      keycloakInvalidClientCredentials: {
        title: 'Keycloak rejected Backstage’s client secret',
        detail:
          'Keycloak answers unauthorized_client with “Invalid client or Invalid client credentials” when the client secret is missing, wrong or expired: this is a credentials problem, not a grant the client lacks.',
        fix: 'Keycloak admin console → Clients → the client → Credentials: copy (or regenerate) the Client secret into auth.providers.{{providerId}}.{{environment}}.clientSecret and restart the backend.',
        causes: {
          wrongSecret:
            'The secret is wrong, was regenerated, or its rotation expired it. Tell: the Credentials tab shows the current secret.',
          noSecret:
            'No secret reached Keycloak (the variable behind clientSecret is empty). Tell: it fails for everyone since a deploy.',
          authenticator:
            'The client authenticator is not “Client Id and Secret” (it expects a signed JWT or X509). Tell: the Credentials tab’s Client Authenticator.',
        },
      },
      keycloakCookieNotFound: {
        title: 'Keycloak lost its login cookie',
        detail:
          'Keycloak keeps the login in progress in a cookie and did not get it back when the form was sent.',
        fix: 'Close the sign-in window and sign in again from the button. If it repeats, allow cookies for the Keycloak host and check that Keycloak’s hostname setting matches the address in the sign-in window.',
        causes: {
          staleTab:
            'The login page was old (opened long ago, restored from history). Tell: signing in again from the button works.',
          blocked:
            'The browser or an extension blocks cookies for the Keycloak host. Tell: it fails every time in this browser only.',
          hostname:
            'Keycloak runs behind a proxy under another host or path than it thinks (its hostname setting). Tell: it fails for everyone.',
        },
      },
      auth0CallbackMismatch: {
        title:
          'Auth0 does not accept Backstage’s callback URL (Callback URL mismatch)',
        detail:
          'The redirect_uri Backstage sent is not in the application’s Allowed Callback URLs, so Auth0 shows its error page and never sends the window back. Auth0 matches the string exactly.',
        fix: 'Auth0 Dashboard → Applications → Applications → the app of auth.providers.{{providerId}}.{{environment}}.clientId → Settings → Application URIs → Allowed Callback URLs: add exactly {{callbackUrl}}, then Save.',
      },
      cognitoRedirectMismatch: {
        title:
          'Cognito does not accept Backstage’s callback URL (redirect_mismatch)',
        detail:
          'The redirect_uri Backstage sent is not among the app client’s Allowed callback URLs, so Cognito’s hosted page shows an error instead of sending the window back.',
        fix: 'Amazon Cognito console → User pools → the pool → App clients → the client of auth.providers.{{providerId}}.{{environment}}.clientId → Login pages → Allowed callback URLs: add exactly {{callbackUrl}}.',
      },
      cognitoInvalidClient: {
        title:
          'Cognito did not authenticate Backstage’s client (invalid_client)',
        detail:
          'Cognito’s token endpoint found no client matching the client ID and secret the backend sent.',
        fix: 'Compare auth.providers.{{providerId}}.{{environment}}.clientId and clientSecret with the app client (App clients → the client → Client secret: Show), restart the backend.',
        causes: {
          basicHeader:
            'The secret does not belong to this client ID (secrets are per app client). Tell: the app client page shows the pair.',
          wrongSecret:
            'The secret is wrong or the client was recreated. Tell: the app client’s ID differs from clientId.',
          noSecret:
            'The app client has no secret (a public client) while the backend sends one, or the reverse. Tell: the app client page says “Client secret: none”.',
        },
      },
      bitbucketInvalidRedirectUri: {
        title: 'Bitbucket does not accept Backstage’s callback URL',
        detail:
          'Bitbucket’s “Invalid redirect_uri — This integration is misconfigured” page: the redirect URI does not match the OAuth consumer’s Callback URL.',
        fix: 'Bitbucket → Workspace settings → OAuth consumers → the consumer of auth.providers.{{providerId}}.{{environment}}.clientId (its Key) → Edit → Callback URL: exactly {{callbackUrl}}.',
      },
      bitbucketNoCallback: {
        title: 'The Bitbucket OAuth consumer has no callback URL',
        detail:
          'Bitbucket refuses to issue tokens for a consumer without a Callback URL.',
        fix: 'Bitbucket → Workspace settings → OAuth consumers → the consumer → Edit → Callback URL: {{callbackUrl}}.',
      },
      auth0ServiceNotFound: {
        title:
          'Auth0 does not know the API Backstage asks a token for (Service not found)',
        detail:
          'Auth0 answered access_denied because the audience in the request names no API of this tenant. Backstage sends auth.providers.{{providerId}}.{{environment}}.audience as that audience. A configuration fault, not a Deny anyone chose.',
        fix: 'Set audience to the Identifier of an API under Auth0 Dashboard → Applications → APIs (or remove it), and restart the backend.',
      },
      auth0UserCanceled: {
        title: 'The Auth0 sign-in was cancelled',
        detail:
          'Auth0 answered “User has canceled the interaction”: the login or consent page was left with Cancel.',
        fix: 'Sign in again and finish on Auth0’s page.',
      },
      oneloginRedirectUriMismatch: {
        title: 'The identity provider does not know Backstage’s callback URL',
        detail:
          'The redirect_uri Backstage sent is not among the client’s registered redirect URIs. OneLogin writes this, and so does every server built on node-oidc-provider (this project’s dev IdP too), so the text alone does not say which.',
        fix: 'Register exactly {{callbackUrl}} as a redirect URI of the client (OneLogin: Applications → the OIDC app → Configuration → Redirect URI’s; changes take up to 10 minutes), or set auth.providers.{{providerId}}.{{environment}}.callbackUrl to the URI registered there.',
      },
      oneloginClientInvalid: {
        title: 'The identity provider does not know the client Backstage names',
        detail:
          '“client is invalid”: no client with the ID in auth.providers.{{providerId}}.{{environment}}.clientId, or its credentials do not match. OneLogin writes this, and so do servers built on node-oidc-provider.',
        fix: 'Copy the Client ID and Client Secret from the app’s SSO tab (OneLogin: Applications → the OIDC app → SSO) into clientId and clientSecret, and restart the backend.',
        causes: {
          otherClientId:
            'clientId is another client’s: OneLogin’s API credentials instead of the OIDC app’s, as in OneLogin’s own sample. Tell: the ID is not on the app’s SSO tab.',
          wrongSecret:
            'The client secret does not belong to that client. Tell: the SSO tab shows the app’s secret.',
          notSubstituted:
            'The variable behind clientId or clientSecret is empty where the backend runs. Tell: it fails for everyone since a deploy.',
        },
      },
      pingOneValidation: {
        title: 'PingOne refused the sign-in request as invalid',
        detail:
          '“One or more validation errors were in the request”: PingOne’s documentation gives this page for a redirect URI the application does not list, but any invalid parameter shows it.',
        fix: 'PingOne admin console → Applications → Applications → the app of auth.providers.{{providerId}}.{{environment}}.clientId → Configuration → Redirect URIs: add exactly {{callbackUrl}}.',
        causes: {
          redirectUri:
            'The redirect URI is not among the application’s Redirect URIs (the documented cause). Tell: compare {{callbackUrl}} with the list.',
          other:
            'Another parameter is invalid (a scope from additionalScopes the app lacks, a response type it does not allow). Tell: PingOne’s audit log names the failing parameter.',
        },
      },
    },
  },
} as const;
