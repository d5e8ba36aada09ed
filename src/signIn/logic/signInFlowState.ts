import type {
  SignInFailureContext,
  SignInFinding,
} from '../../shared/logic/signInFailures';

/** What the page knows about one provider's sign-in. */
export type ProviderSignInState = {
  pending: boolean;
  /** Why the last attempt failed, or a hint while it is still waiting. */
  finding?: SignInFinding;
  /**
   * Set when the finding is about a sign-in window that gave no answer: the
   * context in which what the user pastes from the window is explained.
   */
  window?: SignInFailureContext;
};

/** Problems of the configuration, explained once the rules are loaded. */
export type ConfigFindings = {
  page: SignInFinding[];
  /** Why the app cannot use a provider at all, by provider id. */
  unavailable: Readonly<Record<string, SignInFinding>>;
};

/**
 * The sign-in page's state. Replaced, never mutated: an action that changes
 * nothing returns the same object.
 */
export type SignInFlowState = {
  /** A remembered session is being restored, or auto sign-in is starting. */
  restoring: boolean;
  /** Per provider id; a provider never tried has no entry. */
  providers: Readonly<Record<string, ProviderSignInState>>;
  /** A redirect sign-in came back with an error for a provider now gone. */
  lostRedirect?: SignInFinding;
  config?: ConfigFindings;
  /** The provider that signed in; later answers change nothing. */
  signedInWith?: string;
};

export type SignInFlowAction =
  | { type: 'attemptStarted'; providerId: string }
  /** The sign-in window has been silent for long: why it may be. */
  | {
      type: 'noAnswerExplained';
      providerId: string;
      finding: SignInFinding;
      window?: SignInFailureContext;
    }
  | {
      type: 'attemptFailed';
      providerId: string;
      finding: SignInFinding;
      window?: SignInFailureContext;
    }
  | { type: 'signedIn'; providerId: string }
  /** The opening run is over without a session: show the providers. */
  | { type: 'restoreEnded' }
  | { type: 'lostRedirectExplained'; finding: SignInFinding }
  | { type: 'configExplained'; findings: ConfigFindings }
  | { type: 'configCleared' };

export const NOT_TRIED: ProviderSignInState = { pending: false };

export function initialSignInFlowState(restoring: boolean): SignInFlowState {
  return { restoring, providers: {} };
}

function withProvider(
  state: SignInFlowState,
  providerId: string,
  next: ProviderSignInState,
): SignInFlowState {
  return { ...state, providers: { ...state.providers, [providerId]: next } };
}

/**
 * The sign-in page's reducer. Once a provider has signed in, nothing changes
 * any more: an earlier attempt may still answer after another one won.
 */
export function reduceSignInFlow(
  state: SignInFlowState,
  action: SignInFlowAction,
): SignInFlowState {
  if (state.signedInWith !== undefined) return state;
  switch (action.type) {
    case 'attemptStarted':
      return withProvider(state, action.providerId, { pending: true });
    case 'noAnswerExplained': {
      // Only while the attempt still waits: an answer replaces the hint.
      if (!state.providers[action.providerId]?.pending) return state;
      return withProvider(state, action.providerId, {
        pending: true,
        finding: action.finding,
        ...(action.window && { window: action.window }),
      });
    }
    case 'attemptFailed':
      return withProvider(state, action.providerId, {
        pending: false,
        finding: action.finding,
        ...(action.window && { window: action.window }),
      });
    case 'signedIn':
      return { ...state, signedInWith: action.providerId };
    case 'restoreEnded':
      return state.restoring ? { ...state, restoring: false } : state;
    case 'lostRedirectExplained':
      return { ...state, lostRedirect: action.finding };
    case 'configExplained':
      return { ...state, config: action.findings };
    case 'configCleared':
      return state.config ? { ...state, config: undefined } : state;
    default:
      return state;
  }
}

/** One provider's state; a provider never tried is not pending. */
export function selectProviderState(
  state: SignInFlowState,
  providerId: string,
): ProviderSignInState {
  return state.providers[providerId] ?? NOT_TRIED;
}

/** Problems of the page as a whole: a lost redirect, then configuration. */
export function selectPageFindings(
  state: Pick<SignInFlowState, 'lostRedirect' | 'config'>,
): SignInFinding[] {
  return [
    ...(state.lostRedirect ? [state.lostRedirect] : []),
    ...(state.config?.page ?? []),
  ];
}

/** Why the app cannot use a provider at all, if so. */
export function selectUnavailableFinding(
  state: SignInFlowState,
  providerId: string,
): SignInFinding | undefined {
  return state.config?.unavailable[providerId];
}
