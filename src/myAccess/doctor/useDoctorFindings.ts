import { useMemo } from 'react';
import {
  countFindings,
  sortFindings,
  type FindingText,
} from '../../shared/findings/logic';
import {
  applyPastedError,
  pluginsNamedInText,
  type PastedExplanation,
} from './logic';
import type { DoctorReport } from './useDoctor';

/**
 * The doctor's findings as the card shows them: the checks of the plugins a
 * pasted error comes from become problems (`related`), open doors first.
 */
export function useDoctorFindings(
  report: DoctorReport | undefined,
  pasted: PastedExplanation,
  text: FindingText,
) {
  // Plugins the pasted error comes from: their checks become problems.
  const named = useMemo(() => {
    if (!report || !pasted.read.failure) return {};
    const baseUrls = Object.fromEntries(
      Object.values(report.probes).map(p => [p.pluginId, p.baseUrl]),
    );
    return pluginsNamedInText(pasted.input, baseUrls);
  }, [report, pasted]);
  const findings = useMemo(
    () =>
      report
        ? sortFindings(
            applyPastedError(report.findings, report.probes, named, text),
          )
        : [],
    [report, named, text],
  );
  const related = findings.filter(
    f =>
      Object.prototype.hasOwnProperty.call(report?.probes ?? {}, f.id) &&
      Object.prototype.hasOwnProperty.call(
        named,
        report?.probes[f.id].pluginId ?? '',
      ),
  );
  const openDoors = useMemo(
    () => sortFindings(report?.openDoors ?? []),
    [report],
  );
  const counts = countFindings([...openDoors, ...findings]);
  return { findings, openDoors, related, counts };
}
