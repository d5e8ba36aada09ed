import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

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
  tokens: 0.3,
  logic: 0.25,
  diagnosis: 0.3,
  secrets: 0.15,
} as const;

/**
 * Where each file writes how many cases it executed, when set (the bench
 * sets it and adds the files up).
 */
const RUNS_OUT = process.env.ACCESS_INSPECTOR_PROPERTY_RUNS_OUT;

/** What one file's properties asked for and what fast-check ran. */
export type PropertyRunRecord = {
  file: string;
  budgeted: number;
  requested: number;
  executed: number;
  properties: Array<{ name: string; requested: number; executed: number }>;
};

/**
 * A budget for one file. `check(property, weight)` runs the property with
 * its part of the file's share, counts the cases fast-check executed (its
 * `numRuns`, not what was asked for) and fails like `fc.assert`. After the
 * file, the executed total must reach the file's share; with
 * `ACCESS_INSPECTOR_PROPERTY_RUNS_OUT` set, it is written there.
 */
export function propertyBudget(file: keyof typeof FILE_SHARES) {
  const fileRuns = Math.ceil(TOTAL_PROPERTY_RUNS * FILE_SHARES[file]);
  const record: PropertyRunRecord = {
    file,
    budgeted: fileRuns,
    requested: 0,
    executed: 0,
    properties: [],
  };

  afterAll(() => {
    if (RUNS_OUT) {
      mkdirSync(RUNS_OUT, { recursive: true });
      writeFileSync(
        join(RUNS_OUT, `${file}.json`),
        JSON.stringify(record, null, 2),
      );
    }
    // The share this file promised of the total property runs.
    expect(record.executed).toBeGreaterThanOrEqual(fileRuns);
  });

  return {
    fileRuns,
    check<Ts>(property: fc.IProperty<Ts>, weight: number): void {
      const numRuns = Math.max(1, Math.ceil(fileRuns * weight));
      const details = fc.check(property, {
        numRuns,
        includeErrorInReport: true,
      });
      record.requested += numRuns;
      record.executed += details.numRuns;
      record.properties.push({
        name: expect.getState().currentTestName ?? '(outside a test)',
        requested: numRuns,
        executed: details.numRuns,
      });
      if (details.failed) throw new Error(fc.defaultReportMessage(details));
    },
    executed: () => record.executed,
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
