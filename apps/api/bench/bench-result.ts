import { writeFileSync } from 'node:fs';

/**
 * One headline figure of a benchmark: what was measured and, where the benchmark has one, the floor
 * it is compared with (the same work without the API, measured in the same run) and the target.
 */
export interface Headline {
  name: string;
  value: number;
  unit: string;
  floor?: number;
  /**
   * Figure / floor as the benchmark judges it, where that is not the quotient of the two medians
   * (the search benchmark pairs each round's API run with that round's floor run and takes the
   * median of those quotients, so the host's drift between rounds cancels out).
   */
  ratio?: number;
  target?: string;
  met?: boolean;
}

/** What a benchmark answers `npm run bench`: its headline figures as data, not as text to scrape. */
export interface BenchResult {
  benchmark: string;
  scale?: number;
  seedSeconds?: number;
  postgres?: string;
  counts?: Record<string, string>;
  figures: Headline[];
  notes?: string[];
}

/**
 * Prints the result as one JSON line (`headline {...}`) and, when the runner asks for it
 * (BENCH_RESULT_FILE), writes it there.
 */
export function publishResult(result: BenchResult): void {
  const json = JSON.stringify(result);
  console.log(`\nheadline ${json}`);
  const file = process.env['BENCH_RESULT_FILE'];
  if (file) writeFileSync(file, json);
}
