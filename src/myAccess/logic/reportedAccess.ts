/**
 * The parts of a visit that cards report to My Access's history (the page
 * reads the rest from its data layer); a part a card could not load is left
 * out and not compared.
 */
export type ReportedAccess = {
  groupsClaim?: readonly string[];
  permissions?: ReadonlyArray<{
    pluginId?: string;
    name: string;
    decision: string;
    resourceRef?: string;
  }>;
  actions?: readonly string[];
};

/** A part a card reports. */
export type ReportedPart = keyof ReportedAccess;
