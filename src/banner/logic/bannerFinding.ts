import type { Finding, FindingText } from '../../shared/findings/logic';
import { RENEWAL_WINDOW_MS, type ExpiryView } from './expiryState';

/** Every state the banner can report. */
export type BannerFindingId =
  | 'sessionExpiresSoon'
  | 'sessionNotRenewed'
  | 'sessionExpired'
  | 'sessionUnreachable'
  | 'sessionRejected';

/**
 * What the banner says, as a finding: the same model the sign-in page, the
 * doctor and the groups card report in. The view adds the live countdown
 * and the buttons; `text` reads below `banner` in the sign-in ref.
 */
export function bannerFinding(
  view: Exclude<ExpiryView, { kind: 'hidden' }>,
  text: FindingText,
  renewalWindowMs: number = RENEWAL_WINDOW_MS,
): Finding<BannerFindingId> {
  if (view.kind === 'warning') {
    let detail = text('warning.hint');
    if (view.notRenewed) detail = text('warning.notRenewed');
    else if (!view.canRefresh) {
      detail = text('warning.renewsLater', {
        minutes: String(Math.round(renewalWindowMs / 60_000)),
      });
    }
    return {
      id: view.notRenewed ? 'sessionNotRenewed' : 'sessionExpiresSoon',
      severity: 'warning',
      title: text('warning.expiresIn'),
      detail,
    };
  }
  if (view.kind === 'expired') {
    return {
      id: 'sessionExpired',
      severity: 'problem',
      title: text('expired.title'),
      detail: text('expired.body'),
    };
  }
  const network = view.reason === 'network';
  return {
    id: network ? 'sessionUnreachable' : 'sessionRejected',
    // Unreachable is a warning while the token still works; a refusal or an
    // expired token stops every request.
    severity: view.expired || !network ? 'problem' : 'warning',
    title:
      view.during === 'check'
        ? text('failed.checkTitle')
        : text('failed.refreshTitle'),
    detail: network ? text('failed.network') : text('failed.rejected'),
  };
}
