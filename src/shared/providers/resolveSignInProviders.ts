import {
  createApiRef,
  type ApiRef,
  type BackstageIdentityApi,
  type IconComponent,
  type ProfileInfoApi,
  type SessionApi,
} from '@backstage/core-plugin-api';
import {
  builtInSignInProviders,
  isBuiltInSignInProviderId,
  type SignInAuthApi,
  type SignInProviderKind,
} from './builtInProviders';
import { isProxiedProviderId, PROXIED_PROVIDERS } from './proxied';

/**
 * A provider as an app offers it in code: a built-in id, or an object that
 * overrides a built-in's title, message, icon or API, or adds a provider the
 * catalogue does not know (then `apiRef` is required).
 *
 * @public
 */
export type SignInProviderOption =
  | string
  | {
      /** The backend's provider id: the `<id>` in `/api/auth/<id>/…`. */
      id: string;
      title?: string;
      message?: string;
      /** What core's `SignInProviderConfig.apiRef` takes. */
      apiRef?: ApiRef<ProfileInfoApi & BackstageIdentityApi & SessionApi>;
      icon?: IconComponent;
      /**
       * An authenticating proxy in front of Backstage signs the user in and
       * the backend's `/api/auth/<id>/refresh` reads its headers: no popup,
       * signed in on load. Implied for oauth2Proxy, gcpIap, awsalb, cfaccess
       * and azureEasyAuth.
       */
      proxied?: boolean;
      /**
       * Extra headers of a proxied provider's refresh request, as core's
       * `ProxiedSignInPage` takes them: a value, or a function read before
       * each request.
       */
      headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
      /**
       * Where a proxied provider's sign-out goes after the Backstage session
       * ends, e.g. `/oauth2/sign_out` (the default for oauth2Proxy). `false`
       * stays in the app.
       */
      signOutUrl?: string | false;
    };

/** Headers a proxied provider's refresh request carries. */
export type ProxiedRequestHeaders =
  HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/**
 * Why an offered provider cannot be used by this app.
 *
 * - `unknownProvider`: not in the built-in catalogue and no `apiRef` given.
 * - `missingApi`: the app has no implementation registered for its API ref.
 */
export type SignInProviderUnavailableReason = 'unknownProvider' | 'missingApi';

/**
 * A provider after merging config, props and the built-in catalogue.
 */
export type ResolvedSignInProvider = {
  id: string;
  kind: SignInProviderKind;
  title: string;
  /** Set only when config or props override the default message. */
  message?: string;
  apiRef?: ApiRef<SignInAuthApi>;
  icon?: IconComponent;
  /** Set when the provider is offered but cannot sign in. */
  unavailable?: SignInProviderUnavailableReason;
  /** Proxied providers: extra headers of the refresh request. */
  headers?: ProxiedRequestHeaders;
  /**
   * Proxied providers: where sign-out goes once the Backstage session ended
   * (the proxy's own sign-out), or undefined to stay in the app.
   */
  signOutUrl?: string;
};

/**
 * The providers to show, in order, and config entries that were ignored.
 */
export type ResolvedSignInProviders = {
  providers: ResolvedSignInProvider[];
  /** Entries of `accessInspector.signIn.providers` that are not valid, as JSON. */
  invalidConfigEntries: string[];
};

type Override = {
  id: string;
  title?: string;
  message?: string;
  apiRef?: ApiRef<SignInAuthApi>;
  icon?: IconComponent;
  proxied?: boolean;
  headers?: ProxiedRequestHeaders;
  signOutUrl?: string | false;
};

function readConfigEntry(entry: unknown): Override | undefined {
  if (typeof entry === 'string') {
    return entry.trim() ? { id: entry.trim() } : undefined;
  }
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    return undefined;
  }
  const { id, title, message, apiRef, proxied, signOutUrl } = entry as Record<
    string,
    unknown
  >;
  if (typeof id !== 'string' || !id.trim()) return undefined;
  if (title !== undefined && typeof title !== 'string') return undefined;
  if (message !== undefined && typeof message !== 'string') return undefined;
  if (proxied !== undefined && typeof proxied !== 'boolean') return undefined;
  if (
    signOutUrl !== undefined &&
    signOutUrl !== false &&
    (typeof signOutUrl !== 'string' || !signOutUrl.trim())
  ) {
    return undefined;
  }
  // A proxied provider has no auth API: a ref beside `proxied` is a mistake.
  if (proxied && apiRef !== undefined) return undefined;
  const read: Override = {
    id: id.trim(),
    title,
    message,
    ...(proxied !== undefined && { proxied }),
    ...(signOutUrl !== undefined && {
      signOutUrl: typeof signOutUrl === 'string' ? signOutUrl.trim() : false,
    }),
  };
  if (apiRef === undefined) return read;
  if (typeof apiRef !== 'string') return undefined;
  try {
    // An app's API holder finds implementations by ref id, so a ref made
    // here from the configured id reaches the one the app registered.
    return {
      ...read,
      apiRef: createApiRef<SignInAuthApi>({ id: apiRef.trim() }),
    };
  } catch {
    return undefined; // not a valid API ref id
  }
}

function readOption(option: SignInProviderOption): Override {
  return typeof option === 'string' ? { id: option } : option;
}

/**
 * Merges the providers named in app-config with those passed in code.
 *
 * Order: config entries first, then props entries not named in config. When
 * both name the same id, config's title and message win (a deployment can
 * reword without a rebuild) and props supply what config cannot: an `apiRef`
 * object (config names a ref by its id) and `icon`. A provider the app cannot use is kept with `unavailable` set,
 * so the page can say why instead of throwing.
 *
 * @param options.configured - the raw value of `accessInspector.signIn.providers`
 * @param options.provided - the `providers` prop
 * @param options.hasApi - whether the app registered an implementation for a ref
 */
export function resolveSignInProviders(options: {
  configured?: unknown;
  provided?: SignInProviderOption[];
  hasApi: (apiRef: ApiRef<SignInAuthApi>) => boolean;
}): ResolvedSignInProviders {
  const invalidConfigEntries: string[] = [];
  const fromConfig = new Map<string, Override>();
  const fromProps = new Map<string, Override>();
  const order: string[] = [];

  const configured =
    options.configured === undefined || options.configured === null
      ? []
      : options.configured;
  if (!Array.isArray(configured)) {
    invalidConfigEntries.push(JSON.stringify(configured));
  } else {
    for (const entry of configured) {
      const override = readConfigEntry(entry);
      if (!override) {
        invalidConfigEntries.push(JSON.stringify(entry) ?? String(entry));
        continue;
      }
      if (!order.includes(override.id)) order.push(override.id);
      fromConfig.set(override.id, {
        ...fromConfig.get(override.id),
        ...override,
      });
    }
  }
  for (const option of options.provided ?? []) {
    const override = readOption(option);
    if (!order.includes(override.id)) order.push(override.id);
    fromProps.set(override.id, { ...fromProps.get(override.id), ...override });
  }

  const providers = order.map((id): ResolvedSignInProvider => {
    const config = fromConfig.get(id);
    const props = fromProps.get(id);
    const builtIn = isBuiltInSignInProviderId(id)
      ? builtInSignInProviders[id]
      : undefined;
    const customRef = props?.apiRef ?? config?.apiRef;
    const proxied = config?.proxied ?? props?.proxied;
    let kind: SignInProviderKind;
    if (proxied) kind = 'proxied';
    else if (customRef) kind = 'oauth';
    else kind = builtIn?.kind ?? 'oauth';
    // `proxied: false` on a known proxied id asks for a popup, which needs a ref.
    if (proxied === false && kind === 'proxied') kind = 'oauth';
    const apiRef =
      kind === 'proxied' ? undefined : (customRef ?? builtIn?.apiRef);
    const provider: ResolvedSignInProvider = {
      id,
      kind,
      title: config?.title ?? props?.title ?? builtIn?.title ?? id,
      message: config?.message ?? props?.message,
      apiRef,
      icon: props?.icon,
    };
    if (kind === 'proxied') {
      if (props?.headers) provider.headers = props.headers;
      const signOutUrl =
        config?.signOutUrl ??
        props?.signOutUrl ??
        (isProxiedProviderId(id)
          ? PROXIED_PROVIDERS[id].signOutPath
          : undefined);
      if (signOutUrl) provider.signOutUrl = signOutUrl;
    }
    if (kind === 'oauth') {
      if (!apiRef) provider.unavailable = 'unknownProvider';
      else if (!options.hasApi(apiRef)) provider.unavailable = 'missingApi';
    }
    return provider;
  });

  return { providers, invalidConfigEntries };
}
