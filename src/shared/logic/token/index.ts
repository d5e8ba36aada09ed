export {
  decodeToken,
  normalizeTokenInput,
  type DecodedToken,
  type JsonObject,
  type TokenDecodeError,
  type TokenDecodeErrorReason,
  type TokenDecodeResult,
} from './decodeToken';
export { readBackstageClaims, type BackstageClaims } from './backstageClaims';
export {
  explainClaim,
  explainClaims,
  formatEpochSeconds,
  formatRelativeSeconds,
  maskSensitiveClaims,
  type ClaimKind,
  type ExplainedClaim,
} from './claimExplanations';
export { explainHeaderField, looksLikeHeader } from './headerFields';
export { isSafeImageUrl } from './safeImageUrl';
export { sensitiveClaim, type SensitiveClaimKind } from './sensitiveClaims';
