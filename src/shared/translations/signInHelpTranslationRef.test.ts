import { mockApis } from '@backstage/test-utils';
import { createFindingText } from '../findings/logic';
import { signInMessages } from './signInMessages';
import { joinSignInText, loadSignInHelpText } from './signInHelpTranslationRef';

const page = createFindingText(signInMessages);

describe('joinSignInText', () => {
  it('reads help keys from the help text and all others from the page', () => {
    const help = (key: string) => `help:${key}`;
    const text = joinSignInText(page, help);
    expect(text('findings.popupBlocked.title', { provider: 'X' })).toBe(
      'help:findings.popupBlocked.title',
    );
    expect(text('checks.intro')).toBe('help:checks.intro');
    expect(text('evidence.provider')).toBe('help:evidence.provider');
    expect(text('noAnswerCauses.waiting')).toBe('help:noAnswerCauses.waiting');
    expect(text('signInWith', { provider: 'GitHub' })).toBe(
      'Sign in with GitHub',
    );
    expect(text('trouble.title')).toBe('Trouble signing in?');
  });
});

describe('loadSignInHelpText', () => {
  it('explains with the help strings of the app’s translation API', async () => {
    const text = await loadSignInHelpText(mockApis.translation(), page);
    expect(text('findings.popupBlocked.title', { provider: 'GitHub' })).toBe(
      'The browser blocked the GitHub sign-in window',
    );
    expect(text('title')).toBe('Sign in');
  });
});
