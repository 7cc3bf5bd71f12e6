/**
 * Two pairs side by side over the same period (US–Japan against Japan–ROK). The charts share
 * their value axes, so a taller bar on the left is a bigger number than a shorter one on the right.
 */
import type { PairDashboard as Data } from '../../../contract/dashboards.ts';
import type { Drill } from './drill.ts';
import { pairName } from './figures.ts';
import { pivotMonths } from './MonthlyStackedBars.tsx';
import { PairDashboard } from './PairDashboard.tsx';
import type { Loaded } from './useDashboard.ts';

interface Props {
  left: Loaded<Data>;
  right: Loaded<Data>;
  drill: Drill;
  /** Placeholder text for a side whose pair is not chosen yet. */
  choose: [string | null, string | null];
}

export function CompareDashboards({ left, right, drill, choose }: Props) {
  const loaded = [left.data, right.data].filter((d): d is Data => d !== null);
  const scale = {
    perMonth: Math.max(0, ...loaded.flatMap((d) => pivotMonths(d.perMonth).map((m) => m.total))),
    intensity: Math.max(0, ...loaded.flatMap((d) => d.intensity.map((m) => m.index))),
    categories: Math.max(0, ...loaded.flatMap((d) => d.categories.map((c) => c.events))),
  };
  return (
    <div className="compare" data-testid="compare">
      {[left, right].map((side, i) => (
        <section key={i} className="compare-side" aria-label={side.data ? pairName(side.data.countries.map((c) => c.name)) : `Pair ${i + 1}`} aria-busy={side.loading}>
          {side.data ? (
            <>
              <h2 className="compare-title">{pairName(side.data.countries.map((c) => c.name))}</h2>
              <PairDashboard data={side.data} drill={drill} scale={scale} compact />
            </>
          ) : side.error ? (
            <p role="alert" className="notice notice-error">
              {side.error}
            </p>
          ) : (
            <p className="muted dash-choose">{choose[i] ?? 'Loading…'}</p>
          )}
        </section>
      ))}
    </div>
  );
}
