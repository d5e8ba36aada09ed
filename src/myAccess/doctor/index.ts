export {
  DoctorCard,
  DoctorCardBase,
  type DoctorCardBaseProps,
} from './DoctorCard';
export { PasteBox } from './PasteBox';
export { SessionTimeline } from './SessionTimeline';
export { SupportBundleButtons } from './SupportBundleButtons';
