import { createFindingText } from '../../../shared/findings/logic';
import { sessionsMessages } from '../sessionsMessages';
import { idTokenFindings, summarizeIdToken } from './idTokenSummary';

const NOW = 1_800_000_000;
const text = createFindingText(sessionsMessages);

describe('summarizeIdToken', () => {
  it('reads issuer, audience and times', () => {
    expect(
      summarizeIdToken(
        {
          iss: 'https://idp',
          aud: 'backstage',
          iat: NOW - 60,
          exp: NOW + 3600,
        },
        NOW,
      ),
    ).toEqual({
      issuer: 'https://idp',
      audience: ['backstage'],
      issuedAt: {
        epochSeconds: NOW - 60,
        absolute: '2027-01-15 07:59:00 UTC',
        relative: '1 minute ago',
      },
      expiresAt: {
        epochSeconds: NOW + 3600,
        absolute: '2027-01-15 09:00:00 UTC',
        relative: 'in 60 minutes',
      },
      expired: false,
    });
  });

  it('takes every string audience of a list, and nothing from odd types', () => {
    const summary = summarizeIdToken(
      { iss: 42, aud: ['a', 7, 'b'], iat: '1', exp: null },
      NOW,
    );
    expect(summary).toEqual({
      audience: ['a', 'b'],
      issuedAt: undefined,
      expiresAt: undefined,
      expired: false,
    });
  });
});

describe('idTokenFindings', () => {
  it('has nothing to say about a live ID token', () => {
    expect(
      idTokenFindings(summarizeIdToken({ exp: NOW + 1 }, NOW), text),
    ).toEqual([]);
    expect(idTokenFindings(summarizeIdToken({}, NOW), text)).toEqual([]);
  });

  it('reports an expired ID token as information, saying why it is normal', () => {
    expect(
      idTokenFindings(summarizeIdToken({ exp: NOW - 7200 }, NOW), text),
    ).toEqual([
      {
        id: 'idTokenExpired',
        severity: 'info',
        title: 'The ID token expired 2 hours ago',
        detail: expect.stringMatching(
          /^This is normal, not a problem: Backstage uses the ID token when you sign in/,
        ),
      },
    ]);
    expect(
      idTokenFindings(summarizeIdToken({ exp: NOW }, NOW), text),
    ).toHaveLength(1);
  });
});
