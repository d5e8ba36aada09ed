export { TokenExpiryBanner } from './TokenExpiryBanner';
