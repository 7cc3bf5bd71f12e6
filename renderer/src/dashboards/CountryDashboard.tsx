/**
 * A country over the period: headline figures, events per month by category, type mix, top
 * counterparts (each opening the pair's dashboard), level of engagement, travel, recent and
 * upcoming events, and notes. Every figure opens the table filtered to its events.
 */
import type { CountryDashboard as Data, DashboardPeriod, EngagementLevel } from '../../../contract/dashboards.ts';
import { EventMiniList } from './EventMiniList.tsx';
import { byStart, countryPairing, drillFilter, visitsFilter, type Drill } from './drill.ts';
import { capitalise, plural } from './figures.ts';
import { Headlines } from './Headlines.tsx';
import { MixBars } from './MixBars.tsx';
import { MonthlyStackedBars } from './MonthlyStackedBars.tsx';
import { monthInPeriod, periodLabel } from './period.ts';
import { StandingNotes } from './StandingNotes.tsx';
import { EmptyPeriod } from './EmptyPeriod.tsx';
import { TravelBars } from './TravelBars.tsx';

interface Props {
  data: Data;
  drill: Drill;
  onOpenPair(codes: string[]): void;
}

const LEVELS = [
  { key: 'leader', label: 'Leaders' },
  { key: 'minister', label: 'Ministers' },
  { key: 'official', label: 'Officials' },
  { key: 'unnamed', label: 'No one named' },
] as const;

export function CountryDashboard({ data, drill, onOpenPair }: Props) {
  const { country, period } = data;
  const pairing = countryPairing(country.code);
  const open = (narrow: Parameters<typeof drillFilter>[2] = {}, within: DashboardPeriod = period) => drill({ filter: drillFilter(pairing, within, narrow) });
  const total = data.perMonth.reduce((n, m) => n + m.events, 0);
  const name = country.name;
  const when = periodLabel(period);
  const openLevels = (levels: EngagementLevel[]) => open({ levels });

  return (
    <div className="dashboard" data-testid="country-dashboard" data-country={country.code}>
      <Headlines headlines={data.headlines} previousPeriod={data.previousPeriod} onSelect={{ events: () => open(), leader: () => openLevels(['leader']), minister: () => openLevels(['minister']), visits: () => open({ type: 'visit' }) }} />
      {total === 0 ? (
        <div className="dash-grid">
          <EmptyPeriod className="span-2">
            No events involving {name} in {when}. Try a longer period.
          </EmptyPeriod>
          <EventMiniList title="Upcoming" events={data.upcoming} empty={`Nothing scheduled for ${name}.`} onOpen={(e) => drill({ filter: { pairing }, detailId: e.id })} />
          <StandingNotes notes={data.notes.standing} about={name} />
        </div>
      ) : (
        <div className="dash-grid">
          <MonthlyStackedBars
            testId="events-per-month"
            title="Events per month"
            definition={`Events ${name} takes part in, by the month they start in, by category.`}
            what={name}
            perMonth={data.perMonth}
            onSelect={(month, category) => open({ month: monthInPeriod(month, period), category })}
            onSelectCategory={(category) => open({ category })}
          />
          <MixBars
            testId="top-counterparts"
            title="Top counterparts"
            definition={`Countries sharing the most events with ${name}. Choose one for the pair’s dashboard.`}
            items={data.counterparts.map((c) => ({ key: c.code, label: c.name, value: c.events }))}
            unit="shared event"
            labelWidth={118}
            headerLabel="Shared events"
            actionLabel={(i) => `Open the ${name}–${i.label} dashboard (${plural(i.value, 'shared event')})`}
            onSelect={(code) => onOpenPair([country.code, code])}
            empty={<p>No other country took part in {name}’s events in {when}.</p>}
          />
          <MixBars
            testId="type-mix"
            title="Type mix"
            definition="Events by type."
            items={[...data.types].sort((a, b) => b.events - a.events).map((t) => ({ key: t.type, label: capitalise(t.type), value: t.events }))}
            onSelect={(type) => open({ type })}
            actionLabel={(i) => `Open the ${plural(i.value, `${i.key} event`)}`}
          />
          <MixBars
            testId="engagement"
            title="Level of engagement"
            definition="Events by the highest office among the officials they name, on the event’s date."
            labelWidth={118}
            keepZeros
            items={LEVELS.map((l) => ({ key: l.key, label: l.label, value: data.engagement[l.key], color: l.key === 'unnamed' ? 'var(--level-none)' : `var(--level-${l.key === 'official' ? 'other' : l.key})` }))}
            onSelect={(level) => openLevels([level as EngagementLevel])}
            actionLabel={(i) => (i.key === 'unnamed' ? `Open the ${plural(i.value, 'event')} naming no official` : `Open the ${plural(i.value, `${i.key}-level event`)}`)}
          />
          <TravelBars
            name={name}
            travel={data.travel}
            when={when}
            onSelect={(other, ids) => drill({ filter: visitsFilter(country.code, other, period, ids) })}
            onSelectUnknown={(ids) => drill({ filter: { pairing, ...byStart(period), types: ['visit'], ids } })}
          />
          <EventMiniList
            testId="recent-events"
            title="Recent events"
            definition={`The latest of ${when}.`}
            events={data.recent}
            limit={6}
            empty={`No events in ${when}.`}
            onOpen={(e) => drill({ filter: drillFilter(pairing, period), detailId: e.id })}
            onMore={() => open()}
            total={total}
          />
          <EventMiniList
            testId="upcoming-events"
            title="Upcoming"
            definition="Dated after today, soonest first."
            events={data.upcoming}
            empty={`Nothing scheduled for ${name}.`}
            onOpen={(e) => drill({ filter: { pairing }, detailId: e.id })}
          />
          <StandingNotes
            notes={data.notes.standing}
            about={name}
            onEvents={{ count: data.notes.onEvents, open: () => open({ hasNotes: true }) }}
          />
        </div>
      )}
    </div>
  );
}
