export {
  BackstageTokenCard,
  BackstageTokenCardView,
  type BackstageTokenCardViewProps,
} from './BackstageTokenCard';
