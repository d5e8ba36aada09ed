import {
  findingFromMessages,
  type Finding,
  type FindingText,
} from '../../../shared/findings/logic';
import {
  formatEpochSeconds,
  formatRelativeSeconds,
  type JsonObject,
} from '../../../shared/logic/token';
import { sessionsMessages } from '../sessionsMessages';

/** A time claim as the page shows it. */
export type SummaryTime = {
  epochSeconds: number;
  absolute: string;
  relative: string;
};

/** What an ID token says about itself: who issued it, for whom, until when. */
export type IdTokenSummary = {
  issuer?: string;
  /** `aud`, always as a list (a string is one audience). */
  audience: string[];
  issuedAt?: SummaryTime;
  expiresAt?: SummaryTime;
  expired: boolean;
};

function time(value: unknown, nowSeconds: number): SummaryTime | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return {
    epochSeconds: value,
    absolute: formatEpochSeconds(value),
    relative: formatRelativeSeconds(value - nowSeconds),
  };
}

/** Reads the summary from a decoded ID token's payload. */
export function summarizeIdToken(
  payload: JsonObject,
  nowSeconds: number,
): IdTokenSummary {
  const { iss, aud } = payload;
  let audience: string[] = [];
  if (typeof aud === 'string') audience = [aud];
  else if (Array.isArray(aud)) {
    audience = aud.filter((a): a is string => typeof a === 'string');
  }
  const expiresAt = time(payload.exp, nowSeconds);
  return {
    ...(typeof iss === 'string' && { issuer: iss }),
    audience,
    issuedAt: time(payload.iat, nowSeconds),
    expiresAt,
    expired: expiresAt !== undefined && expiresAt.epochSeconds <= nowSeconds,
  };
}

type IdTokenFindingId = keyof (typeof sessionsMessages)['findings'];

/**
 * What the summary calls for; `text` reads below `providersCard` in the My
 * Access ref. An expired ID token is information, not a problem: Backstage
 * does not use it after sign-in.
 */
export function idTokenFindings(
  summary: IdTokenSummary,
  text: FindingText,
): Finding<IdTokenFindingId>[] {
  if (!summary.expired || !summary.expiresAt) return [];
  return [
    findingFromMessages(
      text,
      sessionsMessages.findings,
      'idTokenExpired',
      'info',
      { relative: summary.expiresAt.relative },
    ),
  ];
}
