import type { SignInFindingId } from '../findings';
import type { ProxiedProviderId } from '../../../providers/proxied';
import type { SignInFailure, SignInFailureContext } from '../failure';

/** A fact of the context a finding quotes back as evidence. */
export type ContextFact =
  'pageOrigin' | 'appBaseUrl' | 'callbackUrl' | 'authBaseUrl';

/**
 * One recognised message: the finding it gets, when a message, an error
 * name or a status matches. Findings quote the context facts listed, then
 * the error itself unless `quiet`.
 */
export type Rule = {
  id: SignInFindingId;
  match?: RegExp;
  names?: string[];
  statuses?: number[];
  /** A condition every match must also meet. */
  when?: (failure: SignInFailure, context: SignInFailureContext) => boolean;
  /**
   * The proxied provider whose module writes the message: its proxy and
   * header fill the finding's text and evidence.
   */
  proxied?: ProxiedProviderId;
  /** The header the message names, when it names one. */
  header?: (match: RegExpExecArray) => string;
  severity?: 'warning';
  facts?: ContextFact[];
  quiet?: true;
};
