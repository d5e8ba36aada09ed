import {
  atlassianAuthApiRef,
  bitbucketAuthApiRef,
  bitbucketServerAuthApiRef,
  githubAuthApiRef,
  gitlabAuthApiRef,
  googleAuthApiRef,
  microsoftAuthApiRef,
  oktaAuthApiRef,
  oneloginAuthApiRef,
  openshiftAuthApiRef,
  vmwareCloudAuthApiRef,
  type ApiRef,
  type BackstageIdentityApi,
  type ProfileInfoApi,
  type SessionApi,
} from '@backstage/core-plugin-api';
import { PROXIED_PROVIDERS, type ProxiedProviderId } from './proxied';

/**
 * What a sign-in provider's API must offer: the same contract as core's
 * `SignInProviderConfig.apiRef`.
 */
export type SignInAuthApi = ProfileInfoApi & BackstageIdentityApi & SessionApi;

/**
 * Ids of the providers the plugin knows without help from the app.
 */
export type BuiltInSignInProviderId =
  | 'github'
  | 'gitlab'
  | 'google'
  | 'microsoft'
  | 'okta'
  | 'onelogin'
  | 'bitbucket'
  | 'bitbucketServer'
  | 'atlassian'
  | 'openshift'
  | 'vmwareCloud'
  | 'guest'
  | ProxiedProviderId;

/**
 * How a provider signs in: through an auth API that opens a popup, through
 * the backend's guest provider (a plain request, no popup), or through an
 * authenticating proxy in front of Backstage whose headers the backend reads
 * (a plain request, no popup, no click).
 */
export type SignInProviderKind = 'oauth' | 'guest' | 'proxied';

/**
 * A provider of the built-in catalogue. Its default message comes from the
 * translation ref, so it is not part of the catalogue.
 */
export type BuiltInSignInProvider = {
  id: BuiltInSignInProviderId;
  kind: SignInProviderKind;
  title: string;
  /** Undefined for guest and proxied providers, which need no auth API. */
  apiRef?: ApiRef<SignInAuthApi>;
};

function proxied(id: ProxiedProviderId): BuiltInSignInProvider {
  return { id, kind: 'proxied', title: PROXIED_PROVIDERS[id].title };
}

function oauth(
  id: BuiltInSignInProviderId,
  title: string,
  apiRef: ApiRef<SignInAuthApi>,
): BuiltInSignInProvider {
  return {
    id,
    kind: 'oauth',
    title,
    apiRef,
  };
}

/**
 * Every auth API ref Backstage ships, plus guest, keyed by provider id. The
 * ids are the backend's provider ids, so `/api/auth/<id>/…` is the provider's
 * route on the auth backend.
 */
export const builtInSignInProviders: Readonly<
  Record<BuiltInSignInProviderId, BuiltInSignInProvider>
> = {
  github: oauth('github', 'GitHub', githubAuthApiRef),
  gitlab: oauth('gitlab', 'GitLab', gitlabAuthApiRef),
  google: oauth('google', 'Google', googleAuthApiRef),
  microsoft: oauth('microsoft', 'Microsoft', microsoftAuthApiRef),
  okta: oauth('okta', 'Okta', oktaAuthApiRef),
  onelogin: oauth('onelogin', 'OneLogin', oneloginAuthApiRef),
  bitbucket: oauth('bitbucket', 'Bitbucket', bitbucketAuthApiRef),
  bitbucketServer: oauth(
    'bitbucketServer',
    'Bitbucket Server',
    bitbucketServerAuthApiRef,
  ),
  atlassian: oauth('atlassian', 'Atlassian', atlassianAuthApiRef),
  openshift: oauth('openshift', 'OpenShift', openshiftAuthApiRef),
  vmwareCloud: oauth('vmwareCloud', 'VMware Cloud', vmwareCloudAuthApiRef),
  guest: {
    id: 'guest',
    kind: 'guest',
    title: 'Guest',
  },
  oauth2Proxy: proxied('oauth2Proxy'),
  gcpIap: proxied('gcpIap'),
  awsalb: proxied('awsalb'),
  cfaccess: proxied('cfaccess'),
  azureEasyAuth: proxied('azureEasyAuth'),
};

/**
 * Whether `id` names a provider of the built-in catalogue.
 */
export function isBuiltInSignInProviderId(
  id: string,
): id is BuiltInSignInProviderId {
  return Object.prototype.hasOwnProperty.call(builtInSignInProviders, id);
}
