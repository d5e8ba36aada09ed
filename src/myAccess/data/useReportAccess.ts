import { createContext, useContext, useEffect } from 'react';
import type { ReportedAccess, ReportedPart } from '../logic/reportedAccess';

/** How a card hands its part of the visit to the history. */
export type AccessReporter = (part: ReportedPart, value: unknown) => void;

/**
 * Given by the history's provider; stable for the page view, so cards that
 * only report do not render again when the history changes.
 */
export const AccessReportContext = createContext<AccessReporter | undefined>(
  undefined,
);

/**
 * Reports a card's part of this visit to My Access's history: `undefined`
 * while loading, `null` when the card has nothing comparable (it failed).
 * Does nothing outside My Access.
 */
export function useReportAccess<K extends ReportedPart>(
  part: K,
  value: ReportedAccess[K] | null | undefined,
) {
  const report = useContext(AccessReportContext);
  useEffect(() => {
    if (report && value !== undefined) report(part, value);
  }, [report, part, value]);
}
