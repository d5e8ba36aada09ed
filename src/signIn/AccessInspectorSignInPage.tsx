import { Content, Header, Page, Progress } from '@backstage/core-components';
import type { SignInPageProps } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { SignInProviderOption } from '../shared/providers';
import { useSignInPageText } from '../shared/hooks/useSignInPageText';
import { LazyFindingPanel as FindingPanel } from './LazyFindingPanel';
import { OpenDoorNotice } from './OpenDoorNotice';
import { ProviderCard } from './ProviderCard';
import { TroubleSigningIn } from './TroubleSigningIn';
import { useSignInFlow } from './useSignInFlow';

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
  // Flex with a gap, not a spaced Grid: a Grid's negative margins, reset by
  // a list's own margin, pushed the cards off-centre.
  list: {
    listStyle: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'center',
    alignItems: 'flex-start',
    gap: theme.spacing(2),
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
  const { title } = props;
  const classes = useStyles();
  const text = useSignInPageText();
  const {
    appTitle,
    restoring,
    unrequestedError,
    pageFindings,
    providers,
    stateOf,
    unavailableFindingOf,
    signIn,
  } = useSignInFlow(props);

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
          {unrequestedError && (
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
          <OpenDoorNotice providers={providers} stateOf={stateOf} />
          <ul aria-label={text('providerList')} className={classes.list}>
            {providers.map(provider => (
              <ProviderCard
                key={provider.id}
                provider={provider}
                state={stateOf(provider)}
                unavailableFinding={unavailableFindingOf(provider)}
                onSignIn={() => signIn(provider)}
              />
            ))}
          </ul>
          <TroubleSigningIn providers={providers} />
        </div>
      </Content>
    </Page>
  );
}
