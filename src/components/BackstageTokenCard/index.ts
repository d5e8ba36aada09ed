export {
  BackstageTokenCard,
  type BackstageTokenCardProps,
} from './BackstageTokenCard';
