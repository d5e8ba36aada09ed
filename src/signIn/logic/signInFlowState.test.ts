import type { SignInFinding } from '../../shared/logic/signInFailures';
import {
  initialSignInFlowState,
  reduceSignInFlow,
  selectPageFindings,
  selectProviderState,
  selectUnavailableFinding,
  type SignInFlowAction,
  type SignInFlowState,
} from './signInFlowState';

const finding = (id: string): SignInFinding => ({
  id: id as SignInFinding['id'],
  severity: 'problem',
  title: `title of ${id}`,
  detail: `detail of ${id}`,
});
const windowContext = {
  providerId: 'oidc',
  providerTitle: 'Local IdP',
  pageOrigin: 'http://127.0.0.1:3000',
};

const run = (state: SignInFlowState, ...actions: SignInFlowAction[]) =>
  actions.reduce(reduceSignInFlow, state);

describe('reduceSignInFlow', () => {
  it('starts restoring or not, with no provider tried', () => {
    const state = initialSignInFlowState(true);
    expect(state.restoring).toBe(true);
    expect(selectProviderState(state, 'oidc')).toEqual({ pending: false });
    expect(initialSignInFlowState(false).restoring).toBe(false);
  });

  it('shows a click as pending, then its failure with the window it is about', () => {
    const pending = run(initialSignInFlowState(false), {
      type: 'attemptStarted',
      providerId: 'oidc',
    });
    expect(selectProviderState(pending, 'oidc')).toEqual({ pending: true });
    expect(selectProviderState(pending, 'guest')).toEqual({ pending: false });

    const failed = reduceSignInFlow(pending, {
      type: 'attemptFailed',
      providerId: 'oidc',
      finding: finding('popupClosed'),
      window: windowContext,
    });
    expect(selectProviderState(failed, 'oidc')).toEqual({
      pending: false,
      finding: finding('popupClosed'),
      window: windowContext,
    });
    // A new click clears the old finding.
    expect(
      selectProviderState(
        reduceSignInFlow(failed, {
          type: 'attemptStarted',
          providerId: 'oidc',
        }),
        'oidc',
      ),
    ).toEqual({ pending: true });
  });

  it('shows a no-answer hint only while the attempt still waits', () => {
    const hint: SignInFlowAction = {
      type: 'noAnswerExplained',
      providerId: 'oidc',
      finding: finding('noAnswer'),
      window: windowContext,
    };
    const waiting = run(
      initialSignInFlowState(false),
      { type: 'attemptStarted', providerId: 'oidc' },
      hint,
    );
    expect(selectProviderState(waiting, 'oidc')).toEqual({
      pending: true,
      finding: finding('noAnswer'),
      window: windowContext,
    });

    const answered = run(
      initialSignInFlowState(false),
      { type: 'attemptStarted', providerId: 'oidc' },
      {
        type: 'attemptFailed',
        providerId: 'oidc',
        finding: finding('loginRejected'),
      },
    );
    expect(reduceSignInFlow(answered, hint)).toBe(answered);
    const neverStarted = initialSignInFlowState(false);
    expect(reduceSignInFlow(neverStarted, hint)).toBe(neverStarted);
  });

  it('changes nothing once a provider has signed in: a late answer of another attempt is dropped', () => {
    const signedIn = run(
      initialSignInFlowState(true),
      { type: 'attemptStarted', providerId: 'oidc' },
      { type: 'signedIn', providerId: 'guest' },
    );
    expect(signedIn.signedInWith).toBe('guest');
    for (const action of [
      {
        type: 'attemptFailed',
        providerId: 'oidc',
        finding: finding('popupClosed'),
      },
      { type: 'restoreEnded' },
      { type: 'signedIn', providerId: 'oidc' },
      { type: 'lostRedirectExplained', finding: finding('unknown') },
    ] as SignInFlowAction[]) {
      expect(reduceSignInFlow(signedIn, action)).toBe(signedIn);
    }
  });

  it('ends restoring once, returning the same state after', () => {
    const ended = reduceSignInFlow(initialSignInFlowState(true), {
      type: 'restoreEnded',
    });
    expect(ended.restoring).toBe(false);
    expect(reduceSignInFlow(ended, { type: 'restoreEnded' })).toBe(ended);
  });

  it('lists a lost redirect before the configuration problems, and clears the configuration ones', () => {
    const state = run(
      initialSignInFlowState(false),
      {
        type: 'configExplained',
        findings: {
          page: [finding('invalidConfig')],
          unavailable: { github: finding('missingApi') },
        },
      },
      { type: 'lostRedirectExplained', finding: finding('unknown') },
    );
    expect(selectPageFindings(state).map(f => f.id)).toEqual([
      'unknown',
      'invalidConfig',
    ]);
    expect(selectUnavailableFinding(state, 'github')?.id).toBe('missingApi');
    expect(selectUnavailableFinding(state, 'guest')).toBeUndefined();

    const cleared = reduceSignInFlow(state, { type: 'configCleared' });
    expect(selectPageFindings(cleared).map(f => f.id)).toEqual(['unknown']);
    expect(selectUnavailableFinding(cleared, 'github')).toBeUndefined();
    expect(reduceSignInFlow(cleared, { type: 'configCleared' })).toBe(cleared);
  });
});
