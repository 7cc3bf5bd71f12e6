/**
 * Whether a series sampled once a minute levels off. Memory rises while caches and the JIT warm
 * up, then should hold; a leak keeps rising to the end. So the rule looks only at the last third
 * of the run: the least-squares slope of its samples, carried over the length of the whole run,
 * must add less than `allowed` — a share of the series' median, or an absolute floor for small
 * counts such as file handles (a handful more descriptors is noise, not a leak).
 */
export interface GrowthRule {
  /** Share of the median the last third's trend may add over a run as long again (0.1 = 10%). */
  share: number;
  /** Growth below this many units is never a failure. */
  floor: number;
}

export interface GrowthVerdict {
  /** Units per minute over the last third. */
  slopePerMinute: number;
  /** What that slope adds over a run as long as this one. */
  projected: number;
  allowed: number;
  levelsOff: boolean;
}

export function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `minutes[i]` is when `values[i]` was sampled; at least three samples are needed in the last third. */
export function judgeGrowth(minutes: readonly number[], values: readonly number[], rule: GrowthRule): GrowthVerdict {
  if (minutes.length !== values.length) throw new Error('one time for each sample');
  const from = Math.min(Math.floor((minutes.length * 2) / 3), Math.max(0, minutes.length - 3));
  const tail = { x: minutes.slice(from), y: values.slice(from) };
  const perMinute = tail.x.length >= 2 ? slope(tail.x, tail.y) : 0;
  const span = minutes.length > 1 ? minutes.at(-1)! - minutes[0]! : 0;
  const projected = perMinute * span;
  const allowed = Math.max(rule.floor, rule.share * median(values));
  return { slopePerMinute: perMinute, projected, allowed, levelsOff: projected <= allowed };
}
