/**
 * Dashboards: a country, a pair (or trilateral), or two pairs compared, over one period shared
 * by every widget on the screen. The store aggregates; this screen picks the subject and the
 * period, draws the answer and turns any figure into a filtered table (onOpenEvents).
 */
import { useEffect, useState } from 'react';
import { BriefingError, call } from '../api.ts';
import { CountryPicker, type CountryChoice } from '../countries/CountryPicker.tsx';
import { CompareDashboards } from './CompareDashboards.tsx';
import { CountryDashboard } from './CountryDashboard.tsx';
import type { DrillTarget } from './drill.ts';
import { pairName } from './figures.ts';
import { PairDashboard } from './PairDashboard.tsx';
import { defaultPeriod, localToday, periodLabel, resolvePeriod, type PeriodChoice } from './period.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import { useCountryDashboard, usePairDashboard, type Loaded } from './useDashboard.ts';
import './dashboards.css';

type Mode = 'country' | 'pair' | 'compare';

interface State {
  mode: Mode;
  country: string | null;
  pair: string[];
  left: string[];
  right: string[];
  period: PeriodChoice | null;
}

/** What the screen showed last, so that coming back from the table finds it as it was. */
let remembered: State = { mode: 'country', country: null, pair: [], left: [], right: [], period: null };

const MAX_PAIR = 6;

interface Props {
  onOpenEvents(target: DrillTarget): void;
}

export function DashboardsScreen({ onOpenEvents }: Props) {
  const [state, setState] = useState<State>(remembered);
  const [countries, setCountries] = useState<CountryChoice[]>([]);
  const [years, setYears] = useState<number[]>([]);
  const [newest, setNewest] = useState<string | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const today = localToday();

  useEffect(() => {
    remembered = state;
  }, [state]);

  useEffect(() => {
    const fail = (e: unknown) => setProblem(e instanceof BriefingError ? e.message : String(e));
    call((api) => api.listCountries()).then((list) => setCountries(list.map((c) => ({ code: c.code, name: c.name }))), fail);
    // The span of the store, for "All of a year", and the newest past event, for the default period.
    const one = (filter: { dateTo?: string }, direction: 'asc' | 'desc') =>
      call((api) => api.queryEvents({ filter, sort: { column: 'date', direction }, offset: 0, limit: 1 })).then((p) => p.rows[0]?.dateStart ?? null);
    Promise.all([one({}, 'asc'), one({}, 'desc'), one({ dateTo: localToday() }, 'desc')])
      .then(([first, last, latestPast]) => {
        if (first && last) {
          const span: number[] = [];
          for (let y = Number(last.slice(0, 4)); y >= Number(first.slice(0, 4)); y--) span.push(y);
          setYears(span);
        }
        setNewest(latestPast);
      })
      .catch(fail);
  }, []);

  const choice: PeriodChoice = state.period ?? (newest === undefined ? { kind: 'this-quarter' } : defaultPeriod(newest, today));
  const period = resolvePeriod(choice, today);
  const ready = state.period !== null || newest !== undefined;
  const set = (patch: Partial<State>) => setState((s) => ({ ...s, ...patch }));

  const country = useCountryDashboard(ready && state.mode === 'country' ? state.country : null, period);
  const pair = usePairDashboard(ready && state.mode === 'pair' ? state.pair : [], period);
  const left = usePairDashboard(ready && state.mode === 'compare' ? state.left : [], period);
  const right = usePairDashboard(ready && state.mode === 'compare' ? state.right : [], period);

  const names = new Map(countries.map((c) => [c.code, c.name]));
  const nameOf = (codes: readonly string[]) => pairName(codes.map((c) => names.get(c) ?? c));
  const openPair = (codes: string[]) => set({ mode: 'pair', pair: codes });

  const modes: Array<{ mode: Mode; label: string }> = [
    { mode: 'country', label: 'Country' },
    { mode: 'pair', label: 'Pair' },
    { mode: 'compare', label: 'Compare' },
  ];

  return (
    <section className="dashboards" aria-labelledby="dashboards-heading">
      <div className="toolbar dash-toolbar">
        <h1 id="dashboards-heading">Dashboards</h1>
        <div role="group" aria-label="Dashboard" className="tabs dash-modes">
          {modes.map((m) => (
            <button
              key={m.mode}
              type="button"
              aria-pressed={state.mode === m.mode}
              onClick={() =>
                set(
                  m.mode === 'compare' && state.left.length === 0 && state.pair.length >= 2
                    ? { mode: m.mode, left: state.pair }
                    : m.mode === 'pair' && state.pair.length === 0 && state.country
                      ? { mode: m.mode, pair: [state.country] }
                      : { mode: m.mode },
                )
              }
            >
              {m.label}
            </button>
          ))}
        </div>
        <span className="spacer" />
        <PeriodPicker choice={choice} onChange={(p) => set({ period: p })} today={today} years={years} />
      </div>

      <div className="dash-subjects">
        {state.mode === 'country' && (
          <SubjectPicker
            legend="Country"
            countries={countries}
            chosen={state.country ? [state.country] : []}
            // One country: a new choice replaces the old.
            onChange={(codes) => set({ country: codes.at(-1) ?? null })}
            label="Choose a country"
          />
        )}
        {state.mode === 'pair' && (
          <SubjectPicker
            legend="Pair or trilateral"
            countries={countries}
            chosen={state.pair}
            onChange={(codes) => set({ pair: codes.slice(0, MAX_PAIR) })}
            label="Add a country to the pair"
          />
        )}
        {state.mode === 'compare' && (
          <>
            <SubjectPicker legend="First pair" countries={countries} chosen={state.left} onChange={(codes) => set({ left: codes.slice(0, MAX_PAIR) })} label="Add a country to the first pair" />
            <SubjectPicker legend="Second pair" countries={countries} chosen={state.right} onChange={(codes) => set({ right: codes.slice(0, MAX_PAIR) })} label="Add a country to the second pair" />
          </>
        )}
      </div>

      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}

      {state.mode === 'country' &&
        (state.country ? (
          <Loading loaded={country} what={`${names.get(state.country) ?? state.country}, ${periodLabel(period)}`}>
            {(data) => <CountryDashboard data={data} drill={onOpenEvents} onOpenPair={openPair} />}
          </Loading>
        ) : (
          <p className="muted dash-choose">Choose a country to see its events, counterparts, level of engagement and travel over the period.</p>
        ))}
      {state.mode === 'pair' &&
        (state.pair.length >= 2 ? (
          <Loading loaded={pair} what={`${nameOf(state.pair)}, ${periodLabel(period)}`}>
            {(data) => <PairDashboard data={data} drill={onOpenEvents} />}
          </Loading>
        ) : (
          <p className="muted dash-choose">Choose two countries for a pair (United States and Japan), or three for a trilateral.</p>
        ))}
      {state.mode === 'compare' && (
        <CompareDashboards
          left={left}
          right={right}
          drill={onOpenEvents}
          choose={[
            state.left.length < 2 ? 'Choose two or more countries for the first pair.' : null,
            state.right.length < 2 ? 'Choose two or more countries for the second pair (Japan and South Korea).' : null,
          ]}
        />
      )}
    </section>
  );
}

function SubjectPicker(props: { legend: string; countries: readonly CountryChoice[]; chosen: readonly string[]; onChange(codes: string[]): void; label: string }) {
  return (
    <fieldset className="dash-subject">
      <legend>{props.legend}</legend>
      <CountryPicker countries={props.countries} chosen={props.chosen} onChange={props.onChange} label={props.label} />
    </fieldset>
  );
}

function Loading<T>({ loaded, what, children }: { loaded: Loaded<T>; what: string; children(data: T): React.ReactNode }) {
  if (loaded.error && !loaded.data) {
    return (
      <p role="alert" className="notice notice-error">
        {loaded.error}
      </p>
    );
  }
  if (!loaded.data) return <p className="muted" aria-busy="true">Reading {what}…</p>;
  return (
    <div className={loaded.loading ? 'dash-stale' : undefined} aria-busy={loaded.loading}>
      {loaded.error && (
        <p role="alert" className="notice notice-error">
          {loaded.error}
        </p>
      )}
      {children(loaded.data)}
    </div>
  );
}
