export {
  ProviderSessionsCard,
  type ProviderSessionsCardProps,
} from './ProviderSessionsCard';
