import {
  countFindings,
  sortFindings,
  type Finding,
} from '../../../shared/findings/logic';

/** One finding the summary points at, and where it sits in the doctor. */
export type SummaryItem = { finding: Finding; openDoor: boolean };

/** The doctor's verdict as the summary shows it. */
export type DoctorVerdict = {
  problems: number;
  warnings: number;
  /** Problems and warnings, worst first; open doors before checks. */
  attention: SummaryItem[];
};

/**
 * Counts the doctor's problems and warnings over its open doors and its
 * checks, and lists them worst first, an open door before a check of the
 * same severity: an established way to act as anyone leads.
 */
export function summarizeDoctor(report: {
  openDoors: readonly Finding[];
  findings: readonly Finding[];
}): DoctorVerdict {
  const counts = countFindings([...report.openDoors, ...report.findings]);
  const flagged = (f: Finding) =>
    f.severity === 'problem' || f.severity === 'warning';
  const items: Array<Finding & { openDoor: boolean }> = [
    ...report.openDoors.filter(flagged).map(f => ({ ...f, openDoor: true })),
    ...report.findings.filter(flagged).map(f => ({ ...f, openDoor: false })),
  ];
  return {
    problems: counts.problem,
    warnings: counts.warning,
    attention: sortFindings(items).map(({ openDoor, ...finding }) => ({
      finding,
      openDoor,
    })),
  };
}
