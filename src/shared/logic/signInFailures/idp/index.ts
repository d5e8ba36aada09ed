export { IDP_CATALOG } from './idpCatalog';
export { readIdpError, type IdpErrorReading } from './readIdpError';
export {
  explainIdpError,
  FAMILY_CAUSES,
  formatIdpSource,
  IDP_ERROR_FINDINGS,
  type IdpExplainParams,
} from './explainIdpError';
export {
  IDPS,
  OAUTH_ERROR_CODES,
  type IdpCatalogEntry,
  type IdpId,
  type IdpSource,
  type OAuthErrorCode,
} from './types';
