import type { JsonObject } from '../../shared/logic/token';

/**
 * What the provider sessions card shows of one provider's session, as it
 * hands it to the support bundle: never a token, only what is on screen.
 */
export type ReportedProviderSession = {
  providerId: string;
  title: string;
  kind: 'oauth' | 'proxied' | 'guest';
  /** Whether the Backstage session came from it; undefined: cannot tell. */
  usedForBackstage?: boolean;
  /** `noSession`: guest, which has no provider session. */
  state:
    | 'signedIn'
    | 'signedOut'
    | 'checking'
    | 'unavailable'
    | 'failed'
    | 'noSession';
  /** Why reading the session failed. */
  error?: string;
  profile?: { displayName?: string; email?: string };
  /** When the Backstage identity from this provider expires (epoch ms). */
  backstageExpiresAtMs?: number;
  /**
   * The ID token as the card shows it. `notShown`: the user did not open
   * the claims, so the page did not read it.
   */
  idToken?:
    | { status: 'notShown' | 'none' | 'oauthOnly' }
    | { status: 'undecodable'; reason: string }
    | { status: 'decoded'; claims: JsonObject };
  /** A proxied provider: what the auth backend read from the proxy. */
  proxied?: {
    userEntityRef?: string;
    ownershipRefs?: string[];
    /** The claims the card shows of the token the proxy passed. */
    asserted?:
      { iss?: string; sub?: string; exp?: number } | 'none' | 'notAToken';
  };
};
