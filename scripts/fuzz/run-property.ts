/** Runs one fuzz property for a number of cases from a seed, and says how it went. */
import fc from 'fast-check';
import type { FuzzProperty, Timing } from './properties.ts';

export interface PropertyOutcome {
  name: string;
  cases: number;
  failed: boolean;
  /** fast-check's report: the seed, the path and the shrunk counterexample. */
  report: string | null;
  timing: Timing;
  seconds: number;
}

export async function runProperty(property: FuzzProperty, numRuns: number, seed: number): Promise<PropertyOutcome> {
  const prepared = await property.prepare();
  const start = performance.now();
  try {
    const details = await fc.check(prepared.property, { numRuns, seed, endOnFailure: false });
    return {
      name: property.name,
      cases: details.numRuns,
      failed: details.failed,
      report: details.failed ? `${fc.defaultReportMessage(details) ?? 'failed'}\n${String(details.errorInstance)}` : null,
      timing: prepared.timing,
      seconds: (performance.now() - start) / 1000,
    };
  } finally {
    prepared.close();
  }
}
