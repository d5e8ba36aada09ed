export {
  AgentsCard,
  AgentsCardView,
  type AgentsCardViewProps,
} from './AgentsCard';
