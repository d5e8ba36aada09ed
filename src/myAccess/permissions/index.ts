export {
  PermissionsCard,
  PermissionsCardContent,
  PermissionsCardView,
  type PermissionsCardContentProps,
  type PermissionsCardViewProps,
} from './PermissionsCard';
export {
  PermissionsTable,
  type PermissionsTableProps,
} from './PermissionsTable';
export {
  ResourceCheckPanel,
  type ResourceCheckPanelProps,
} from './ResourceCheckPanel';
