import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Content, Header, Page, Progress } from '@backstage/core-components';
import {
  configApiRef,
  discoveryApiRef,
  useApi,
  useApiHolder,
  type IdentityApi,
  type SignInPageProps,
} from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  providerCallbackUrl,
  type ResolvedSignInProvider,
  type SignInProviderOption,
} from '../shared/providers';
import {
  backendLacksProvider,
  classifyProviderProbe,
  classifySignInFailure,
  describeSignInError,
  isNetworkFailure,
  noAnswerFinding,
  providerConfigFindings,
  redirectErrorFinding,
  sessionNotRestoredFinding,
  unavailableProviderFinding,
  type SignInFailureContext,
  type SignInFinding,
} from '../shared/logic/signInFailures';
import { FindingPanel } from './FindingPanel';
import { probeAuthProvider } from './probeAuthProviders';
import { ProviderCard, type ProviderSignInState } from './ProviderCard';
import {
  ForgetOnSignOutIdentity,
  forgetProvider,
  readRememberedProvider,
  rememberProvider,
} from '../shared/providers/rememberedProvider';
import {
  clearRedirectStarted,
  markRedirectStarted,
  readErrorParam,
  readRedirectStarted,
  removeErrorParam,
} from './redirectSignIn';
import { signInWithProvider } from './signInWithProvider';
import { TroubleSigningIn } from './TroubleSigningIn';
import { useResolvedProviders } from '../shared/providers/useResolvedProviders';
import { useSignInText } from '../shared/hooks/useSignInText';
import { recordSessionEvent } from '../shared/timeline';

const useStyles = makeStyles(theme => ({
  container: {
    maxWidth: 1040,
    margin: '0 auto',
    paddingTop: theme.spacing(2),
  },
  heading: { marginBottom: theme.spacing(1) },
  subtitle: { marginBottom: theme.spacing(3) },
  notShown: { marginBottom: theme.spacing(3) },
  pageFindings: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1.5),
    marginBottom: theme.spacing(3),
  },
  list: {
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
}));

/**
 * Options of the access-inspector sign-in page, shared by the legacy
 * component and the new frontend system module.
 *
 * @public
 */
export type AccessInspectorSignInOptions = {
  /**
   * Providers offered in code, merged with `accessInspector.signIn.providers`
   * (config order first; config's title and message win, props add `apiRef`
   * and `icon`). Custom providers need an `apiRef`.
   */
  providers?: SignInProviderOption[];
  /**
   * Sign in without a click when exactly one provider is offered. Defaults to
   * `accessInspector.signIn.auto`, else false. An OAuth popup opened without
   * a click is usually blocked: the page then offers a retry button.
   */
  auto?: boolean;
  /**
   * How long a sign-in window may stay open without an answer before the page
   * lists the likely causes. Defaults to 20 000 ms.
   */
  noAnswerHintAfterMs?: number;
  /** The heading above the providers. Defaults to "Sign in". */
  title?: string;
};

/**
 * Props of {@link AccessInspectorSignInPage}: Backstage's `SignInPageProps`
 * plus {@link AccessInspectorSignInOptions}.
 *
 * @public
 */
export type AccessInspectorSignInPageProps = SignInPageProps &
  AccessInspectorSignInOptions;

const DEFAULT_NO_ANSWER_MS = 20_000;

/**
 * What the address brought: `?error=` and whether this tab started the
 * redirect sign-in it would come back from. Read once, when the page opens.
 */
function readArrival() {
  const error = readErrorParam();
  const startedBy = readRedirectStarted()?.providerId;
  return {
    error,
    /** The auth backend's message, after a redirect this tab started. */
    redirectError:
      error !== undefined && startedBy !== undefined
        ? { message: error, providerId: startedBy }
        : undefined,
    /** Text someone put into the link: never shown. */
    unrequestedError: error !== undefined && startedBy === undefined,
  };
}

/**
 * A multi-provider sign-in page that explains every failure at the provider
 * that failed: blocked or closed popups, wrong origin, redirect-URI problems,
 * resolver rejections, providers the backend lacks, and an unreachable
 * backend. It remembers the last provider (its id only) and restores that
 * session silently on reload; sign-out forgets it.
 *
 * @example
 * ```tsx
 * createApp({
 *   components: {
 *     SignInPage: props => (
 *       <AccessInspectorSignInPage {...props} providers={['github', 'guest']} />
 *     ),
 *   },
 * });
 * ```
 * @public
 */
export function AccessInspectorSignInPage(
  props: AccessInspectorSignInPageProps,
) {
  const {
    onSignInSuccess,
    providers: providerOptions,
    auto: autoProp,
    noAnswerHintAfterMs = DEFAULT_NO_ANSWER_MS,
    title,
  } = props;
  const classes = useStyles();
  const text = useSignInText();
  const configApi = useApi(configApiRef);
  const discoveryApi = useApi(discoveryApiRef);
  const apis = useApiHolder();
  const resolved = useResolvedProviders(providerOptions);

  const appTitle = configApi.getOptionalString('app.title') ?? 'Backstage';
  const appBaseUrl = configApi.getOptionalString('app.baseUrl');
  const environment = configApi.getOptionalString('auth.environment');
  const redirectFlow =
    configApi.getOptionalBoolean('enableExperimentalRedirectFlow') ?? false;
  const auto =
    autoProp ??
    configApi.getOptionalBoolean('accessInspector.signIn.auto') ??
    false;

  const available = resolved.providers.filter(p => !p.unavailable);
  // Pure reads: the address and the flag are cleaned up in the mount effect.
  const [arrival] = useState(readArrival);
  const { redirectError } = arrival;
  const redirectProvider = redirectError
    ? resolved.providers.find(p => p.id === redirectError.providerId)
    : undefined;
  const rememberedOnMount = useMemo(() => {
    const id = readRememberedProvider();
    // A redirect sign-in that came back with an error left no session.
    if (redirectError && id === redirectError.providerId) return undefined;
    return available.find(p => p.id === id);
    // Decided once: the page restores what was remembered when it opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const autoProvider =
    auto && available.length === 1 ? available[0] : undefined;

  const [restoring, setRestoring] = useState(
    Boolean(rememberedOnMount || (autoProvider && arrival.error === undefined)),
  );
  const [states, setStates] = useState<Record<string, ProviderSignInState>>({});
  const mounted = useRef(true);
  const signedIn = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const setState = useCallback((id: string, state: ProviderSignInState) => {
    if (mounted.current) setStates(prev => ({ ...prev, [id]: state }));
  }, []);

  const contextFor = useCallback(
    async (provider: ResolvedSignInProvider): Promise<SignInFailureContext> => {
      const authBaseUrl = await discoveryApi
        .getBaseUrl('auth')
        .catch(() => undefined);
      return {
        providerId: provider.id,
        providerTitle: provider.title,
        pageOrigin: window.location.origin,
        appBaseUrl,
        authBaseUrl,
        callbackUrl: authBaseUrl
          ? providerCallbackUrl(authBaseUrl, provider.id)
          : undefined,
        environment,
      };
    },
    [discoveryApi, appBaseUrl, environment],
  );

  const succeed = useCallback(
    (provider: ResolvedSignInProvider, identity: IdentityApi) => {
      // An earlier attempt may still finish after another one won.
      if (signedIn.current) return;
      signedIn.current = true;
      rememberProvider(provider.id);
      recordSessionEvent({
        type: 'sign-in',
        at: Date.now(),
        detail: provider.title,
      });
      onSignInSuccess(ForgetOnSignOutIdentity.wrap(identity));
    },
    [onSignInSuccess],
  );

  const explain = useCallback(
    async (provider: ResolvedSignInProvider, error: unknown) => {
      const context = await contextFor(provider);
      const finding = classifySignInFailure(
        describeSignInError(error),
        context,
        text,
      );
      recordSessionEvent({
        type: 'failure',
        at: Date.now(),
        detail: `${provider.title}: ${finding.title}`,
      });
      return finding;
    },
    [contextFor, text],
  );

  /** Asks the backend whether it has the provider at all. */
  const backendVerdict = useCallback(
    async (provider: ResolvedSignInProvider) => {
      const context = await contextFor(provider);
      if (!context.authBaseUrl) return { context, finding: undefined };
      const probe = await probeAuthProvider(
        context.authBaseUrl,
        provider,
        environment ?? 'development',
      );
      const status = classifyProviderProbe(probe);
      let finding: SignInFinding | undefined;
      if (probe.kind === 'networkError') {
        finding = classifySignInFailure(
          { name: 'TypeError', message: probe.message },
          context,
          text,
        );
      } else if (backendLacksProvider(status)) {
        finding = classifySignInFailure(
          {
            name: probe.errorName,
            message: probe.errorMessage,
            status: probe.status,
          },
          context,
          text,
        );
      }
      return { context, finding };
    },
    [contextFor, environment, text],
  );

  const signIn = useCallback(
    async (provider: ResolvedSignInProvider) => {
      setState(provider.id, { pending: true });
      // Backstage's redirect flow leaves the page and comes back to
      // app.baseUrl, with `?error=` on failure: mark that this tab asked, and
      // remember the provider so a success is restored on return.
      const redirecting = redirectFlow && provider.kind === 'oauth';
      if (redirecting) {
        markRedirectStarted(provider.id);
        rememberProvider(provider.id);
      }
      let settled = false;
      // Core's popup has no timeout: an IdP error page keeps it open forever.
      const timer =
        provider.kind === 'oauth'
          ? setTimeout(async () => {
              const { context, finding } = await backendVerdict(provider);
              if (settled) return;
              setState(provider.id, {
                pending: true,
                finding:
                  finding ??
                  noAnswerFinding(
                    context,
                    Math.round(noAnswerHintAfterMs / 1000),
                    text,
                  ),
              });
            }, noAnswerHintAfterMs)
          : undefined;
      try {
        const identity = await signInWithProvider({
          provider,
          mode: 'interactive',
          apis,
          discoveryApi,
        });
        settled = true;
        if (identity) succeed(provider, identity);
      } catch (error) {
        settled = true;
        if (redirecting) forgetProvider();
        const finding = await explain(provider, error);
        setState(provider.id, { pending: false, finding });
      } finally {
        clearTimeout(timer);
        // Still on the page: the auth API answered here, no redirect left.
        if (redirecting) clearRedirectStarted();
      }
    },
    [
      apis,
      discoveryApi,
      explain,
      backendVerdict,
      noAnswerHintAfterMs,
      redirectFlow,
      setState,
      succeed,
      text,
    ],
  );

  // On open: restore the remembered provider's session without a popup, then
  // sign in automatically if asked to. Runs once.
  useEffect(() => {
    const restore = async (provider: ResolvedSignInProvider) => {
      try {
        const identity = await signInWithProvider({
          provider,
          mode: 'silent',
          apis,
          discoveryApi,
        });
        if (identity) {
          succeed(provider, identity);
          return true;
        }
        // Silent refresh hides network errors as "no session": ask the
        // backend before telling the user their session is gone.
        const { finding } = await backendVerdict(provider);
        if (finding?.id !== 'backendUnreachable') forgetProvider();
        setState(provider.id, {
          pending: false,
          finding:
            finding ??
            sessionNotRestoredFinding({ providerTitle: provider.title }, text),
        });
      } catch (error) {
        const failure = describeSignInError(error);
        if (!isNetworkFailure(failure)) forgetProvider();
        setState(provider.id, {
          pending: false,
          finding: await explain(provider, error),
        });
      }
      return false;
    };

    // The error parameter is read once and must not outlive this page: a
    // reload or a shared link would otherwise carry it on.
    clearRedirectStarted();
    removeErrorParam();
    if (redirectError) {
      forgetProvider();
      if (redirectProvider) {
        contextFor(redirectProvider).then(context => {
          const finding = redirectErrorFinding(
            redirectError.message,
            context,
            text,
          );
          recordSessionEvent({
            type: 'failure',
            at: Date.now(),
            detail: `${redirectProvider.title}: ${finding.title}`,
          });
          setState(redirectProvider.id, { pending: false, finding });
        });
      }
    }

    (async () => {
      if (rememberedOnMount && (await restore(rememberedOnMount))) return;
      if (autoProvider && arrival.error === undefined && !rememberedOnMount) {
        if (autoProvider.kind === 'oauth') {
          const identity = await signInWithProvider({
            provider: autoProvider,
            mode: 'silent',
            apis,
            discoveryApi,
          }).catch(() => undefined);
          if (identity) {
            succeed(autoProvider, identity);
            return;
          }
        }
        if (mounted.current) setRestoring(false);
        await signIn(autoProvider);
        return;
      }
      if (mounted.current) setRestoring(false);
    })();
    // Runs once on open; later prop changes must not sign in again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const pageFindings = useMemo(() => {
    const findings = providerConfigFindings(resolved, text);
    // Shown at its provider's card; here only when that card is gone.
    if (redirectError && !redirectProvider) {
      findings.unshift(
        redirectErrorFinding(
          redirectError.message,
          {
            providerId: redirectError.providerId,
            providerTitle: redirectError.providerId,
            pageOrigin: window.location.origin,
            appBaseUrl,
            environment,
          },
          text,
        ),
      );
    }
    return findings;
  }, [
    resolved,
    text,
    redirectError,
    redirectProvider,
    appBaseUrl,
    environment,
  ]);

  if (restoring) {
    return (
      <Page themeId="home">
        <Header title={appTitle} />
        <Content>
          <Typography variant="body1" role="status" align="center">
            {text('restoring')}
          </Typography>
          <Progress />
        </Content>
      </Page>
    );
  }

  return (
    <Page themeId="home">
      <Header title={appTitle} />
      <Content>
        <div className={classes.container}>
          <Typography
            variant="h4"
            component="h2"
            align="center"
            className={classes.heading}
          >
            {title ?? text('title')}
          </Typography>
          {/* Primary text: secondary grey on the app background is below 4.5:1. */}
          <Typography
            variant="body1"
            align="center"
            className={classes.subtitle}
          >
            {text('subtitle')}
          </Typography>
          {arrival.unrequestedError && (
            <Typography
              variant="body2"
              align="center"
              role="note"
              className={classes.notShown}
            >
              {text('redirect.notShown')}
            </Typography>
          )}
          {pageFindings.length > 0 && (
            <section
              aria-label={text('pageProblems')}
              className={classes.pageFindings}
            >
              {pageFindings.map((finding, index) => (
                <FindingPanel
                  key={`${finding.id}-${index}`}
                  finding={finding}
                />
              ))}
            </section>
          )}
          <Grid
            container
            spacing={2}
            justifyContent="center"
            component="ul"
            aria-label={text('providerList')}
            className={classes.list}
          >
            {resolved.providers.map(provider => (
              <ProviderCard
                key={provider.id}
                provider={provider}
                state={states[provider.id] ?? { pending: false }}
                unavailableFinding={unavailableProviderFinding(provider, text)}
                onSignIn={() => signIn(provider)}
              />
            ))}
          </Grid>
          <TroubleSigningIn providers={resolved.providers} />
        </div>
      </Content>
    </Page>
  );
}
