export {
  DoctorCard,
  DoctorCardBase,
  DOCTOR_ANCHORS,
  type DoctorCardBaseProps,
} from './DoctorCard';
export { PasteBox } from './PasteBox';
export { SessionTimeline } from './SessionTimeline';
export { SupportBundleButtons } from './SupportBundleButtons';
