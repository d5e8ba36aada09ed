import {
  createFindingBuilder,
  createFindingText,
  type Finding,
  type FindingText,
} from '../../../shared/findings/logic';
import { doctorMessages } from '../doctorMessages';

/** Every check the 401 doctor can report, by message id. */
export type DoctorFindingId = keyof (typeof doctorMessages)['findings'];

/**
 * A doctor finding. Its id is open: per-plugin checks carry the plugin in
 * their id (`probe:catalog`).
 */
export type DoctorFinding = Finding;

/** The My Access ref's `t` below `doctor`. */
export type DoctorText = FindingText;

/** The doctor messages in English, for tests and callers outside React. */
export const defaultDoctorText: FindingText = createFindingText(doctorMessages);

/** Builds a finding from its doctor messages. */
export const doctorFinding = createFindingBuilder<DoctorFindingId, string>(
  doctorMessages.findings,
);
