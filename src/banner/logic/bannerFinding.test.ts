import { createFindingText } from '../../shared/findings/logic';
import { bannerMessages } from '../../shared/translations/bannerMessages';
import { bannerFinding } from './bannerFinding';

const text = createFindingText(bannerMessages);
const countdown = { unit: 'minute', value: 4 } as const;

describe('bannerFinding', () => {
  it('warns before expiry, and says when Backstage kept the token', () => {
    expect(
      bannerFinding(
        {
          kind: 'warning',
          countdown,
          refreshing: false,
          notRenewed: false,
          canRefresh: true,
        },
        text,
      ),
    ).toEqual({
      id: 'sessionExpiresSoon',
      severity: 'warning',
      title: 'Your Backstage session expires in',
      detail: 'Refresh it now to keep working without interruption.',
    });
    expect(
      bannerFinding(
        {
          kind: 'warning',
          countdown,
          refreshing: false,
          notRenewed: true,
          canRefresh: true,
        },
        text,
      ),
    ).toMatchObject({
      id: 'sessionNotRenewed',
      severity: 'warning',
      detail: expect.stringMatching(/^Backstage kept the current token/),
    });
  });

  it('before the renewal window, says when refreshing becomes possible instead of offering it', () => {
    expect(
      bannerFinding(
        {
          kind: 'warning',
          countdown: { unit: 'minute', value: 5 },
          refreshing: false,
          notRenewed: false,
          canRefresh: false,
        },
        text,
      ).detail,
    ).toBe(
      'Backstage renews a session only in its last 3 minutes: from then, this banner offers to refresh it, and your next request renews it too.',
    );
  });

  it('reports an expired session as a problem', () => {
    expect(bannerFinding({ kind: 'expired', refreshing: false }, text)).toEqual(
      {
        id: 'sessionExpired',
        severity: 'problem',
        title: 'Your Backstage session has expired.',
        detail: expect.stringMatching(/fail with 401/),
      },
    );
  });

  it('keeps an unreachable backend a warning while the token works, a refusal always a problem', () => {
    const failed = {
      kind: 'refresh-failed',
      during: 'refresh',
      refreshing: false,
    } as const;
    expect(
      bannerFinding({ ...failed, reason: 'network', expired: false }, text),
    ).toMatchObject({
      id: 'sessionUnreachable',
      severity: 'warning',
      title: 'Your session could not be renewed.',
    });
    expect(
      bannerFinding({ ...failed, reason: 'network', expired: true }, text),
    ).toMatchObject({ id: 'sessionUnreachable', severity: 'problem' });
    expect(
      bannerFinding(
        { ...failed, reason: 'rejected', expired: false, during: 'check' },
        text,
      ),
    ).toMatchObject({
      id: 'sessionRejected',
      severity: 'problem',
      title: 'Your session could not be checked.',
    });
  });
});
