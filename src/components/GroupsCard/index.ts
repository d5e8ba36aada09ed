export { GroupsCard } from './GroupsCard';
