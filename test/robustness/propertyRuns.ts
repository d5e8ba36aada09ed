/**
 * How many generated cases the property tests run. The normal test run
 * spends at least 10,000 cases across all properties; the benchmark flag
 * `ACCESS_INSPECTOR_PROPERTY_RUNS=100000` raises the total to 100,000.
 * Each test file owns a share of the total, each property a share of its file's.
 */
export const TOTAL_PROPERTY_RUNS = Math.max(
  10_000,
  Number(process.env.ACCESS_INSPECTOR_PROPERTY_RUNS) || 0,
);

/** The files' shares of the total; they add up to 1. */
export const FILE_SHARES = {
  tokens: 0.35,
  logic: 0.3,
  diagnosis: 0.35,
} as const;

/**
 * A budget for one file: `runs(weight)` gives a property its part of the file's
 * share, and `spent()` how many cases the file has asked for so far.
 */
export function propertyBudget(file: keyof typeof FILE_SHARES) {
  const fileRuns = TOTAL_PROPERTY_RUNS * FILE_SHARES[file];
  let spent = 0;
  return {
    fileRuns,
    runs(weight: number) {
      const n = Math.max(1, Math.ceil(fileRuns * weight));
      spent += n;
      return n;
    },
    spent: () => spent,
  };
}

const baseline = Object.getOwnPropertyNames(Object.prototype).length;

/** The prototype-pollution canary every robustness test checks after each case. */
export function assertNoPrototypePollution() {
  const probe: Record<string, unknown> = {};
  for (const key of ['polluted', 'isAdmin', 'toString_', 'x']) {
    if (probe[key] !== undefined) {
      throw new Error(`Object.prototype.${key} was polluted`);
    }
  }
  if (Object.getOwnPropertyNames(Object.prototype).length !== baseline) {
    throw new Error(
      `Object.prototype gained properties: ${Object.getOwnPropertyNames(Object.prototype).join(', ')}`,
    );
  }
  if (
    (Array.prototype as unknown as Record<string, unknown>).polluted !==
    undefined
  ) {
    throw new Error('Array.prototype was polluted');
  }
}
