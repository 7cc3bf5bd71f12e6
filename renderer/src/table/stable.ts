/**
 * Props that parents rebuild on every render with the same content (search terms from each
 * fetched page, a Map of country names built in render). Keeping the first of equal values
 * lets the grid's memoised columns and rows stay put while scrolling.
 */
import { useRef } from 'react';

function useSameAs<T>(value: T, equal: (a: T, b: T) => boolean): T {
  const kept = useRef(value);
  if (kept.current !== value && !equal(kept.current, value)) kept.current = value;
  return kept.current;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

const sameMap = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) => {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
};

export const useStableList = (list: readonly string[]) => useSameAs(list, sameList);
export const useStableMap = (map: ReadonlyMap<string, string>) => useSameAs(map, sameMap);
