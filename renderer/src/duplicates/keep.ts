import type { DuplicatePair, DuplicateSide } from '../../../contract/duplicates.ts';

/** The event a merge keeps unless the analyst picks the other: the earlier, then the longer report. */
export function defaultKeep(pair: DuplicatePair): DuplicateSide {
  const { first, second } = pair;
  if (first.dateStart !== second.dateStart) return first.dateStart < second.dateStart ? first : second;
  return second.summary.length > first.summary.length ? second : first;
}
