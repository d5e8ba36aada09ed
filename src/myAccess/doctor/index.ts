export {
  DoctorCard,
  DoctorCardBase,
  type DoctorCardBaseProps,
} from './DoctorCard';
export { PasteErrorPanel } from './PasteErrorPanel';
export { PasteTokenPanel } from './PasteTokenPanel';
export { SessionTimeline } from './SessionTimeline';
export { SupportBundleButtons } from './SupportBundleButtons';
