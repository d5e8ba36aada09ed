export {
  PermissionsCard,
  PermissionsCardContent,
  type PermissionsCardContentProps,
} from './PermissionsCard';
export {
  PermissionsTable,
  type PermissionsTableProps,
} from './PermissionsTable';
export {
  ResourceCheckPanel,
  type ResourceCheckPanelProps,
} from './ResourceCheckPanel';
