/**
 * A pair or a trilateral over the period (unordered): shared events per month, the intensity
 * index with its definition, category mix, key meetings, the relationship file's own events
 * against those found in other files, and the standing notes on the pair.
 */
import type { EngagementLevel, PairDashboard as Data } from '../../../contract/dashboards.ts';
import { EventMiniList } from './EventMiniList.tsx';
import { drillFilter, sharedPairing, type Drill } from './drill.ts';
import { EmptyPeriod } from './EmptyPeriod.tsx';
import { capitalise, categoryColor, listNames, pairName, plural } from './figures.ts';
import { Headlines } from './Headlines.tsx';
import { IntensityChart } from './IntensityChart.tsx';
import { MixBars } from './MixBars.tsx';
import { MonthlyStackedBars } from './MonthlyStackedBars.tsx';
import { monthInPeriod, periodLabel } from './period.ts';
import { StandingNotes } from './StandingNotes.tsx';

interface Props {
  data: Data;
  drill: Drill;
  /** Shared value-axis tops when two dashboards stand side by side. */
  scale?: { perMonth: number; intensity: number; categories: number };
  compact?: boolean;
}

export function PairDashboard({ data, drill, scale, compact }: Props) {
  const codes = data.countries.map((c) => c.code);
  const names = data.countries.map((c) => c.name);
  const title = pairName(names);
  const period = data.period;
  const pairing = sharedPairing(codes);
  const open = (narrow: Parameters<typeof drillFilter>[2] = {}) => drill({ filter: drillFilter(pairing, period, narrow) });
  const openMonth = (month: string, category?: string, levels?: EngagementLevel[]) => open({ month: monthInPeriod(month, period), category, levels });
  const total = data.perMonth.reduce((n, m) => n + m.events, 0);
  const when = periodLabel(period);
  const emptyText = `No shared events between ${listNames(names)} in ${when}. Try a longer period.`;

  if (total === 0) {
    return (
      <div className="dashboard" data-testid="pair-dashboard" data-pair={[...codes].sort().join('-')}>
        <Headlines headlines={data.headlines} previousPeriod={data.previousPeriod} compact={compact} />
        <div className={compact ? 'dash-stack' : 'dash-grid'}>
          <EmptyPeriod className="span-2">{emptyText}</EmptyPeriod>
          {!compact && <StandingNotes notes={data.standingNotes} about={title} />}
        </div>
      </div>
    );
  }

  const timeline = (
    <MonthlyStackedBars
      testId="shared-per-month"
      title="Shared events per month"
      definition={`Events in which ${listNames(names)} ${names.length === 2 ? 'both' : 'all'} take part, by the month they start in, by category.`}
      what={title}
      perMonth={data.perMonth}
      yMax={scale?.perMonth}
      height={compact ? 200 : 240}
      onSelect={openMonth}
      onSelectCategory={(category) => open({ category })}
    />
  );
  const intensity = <IntensityChart testId="intensity" intensity={data.intensity} pairName={title} yMax={scale?.intensity} height={compact ? 200 : 240} onSelect={(m, levels) => openMonth(m, undefined, levels)} />;
  const categories = (
    <MixBars
      testId="category-mix"
      title="Category mix"
      definition="Shared events by category."
      xMax={scale?.categories}
      items={[...data.categories].sort((a, b) => b.events - a.events).map((c) => ({ key: c.category, label: capitalise(c.category), value: c.events, color: categoryColor(c.category) }))}
      onSelect={(category) => open({ category })}
      actionLabel={(i) => `Open the ${plural(i.value, `shared ${i.key} event`)}`}
    />
  );
  const files = (
    <MixBars
      testId="files"
      title="Where the events come from"
      definition={`The ${title} file’s own events, and shared events found in other chronologies.`}
      labelWidth={118}
      keepZeros
      items={[
        { key: 'own', label: 'Own file', value: data.files.own, color: 'var(--accent)' },
        { key: 'other', label: 'Other files', value: data.files.other, color: 'var(--muted)' },
      ]}
      onSelect={(key) => drill({ filter: drillFilter(sharedPairing(codes, key === 'own' ? 'own' : 'other'), period) })}
      actionLabel={(i) => (i.key === 'own' ? `Open the ${plural(i.value, 'event')} from the ${title} file` : `Open the ${plural(i.value, 'shared event')} from other files`)}
    />
  );
  const meetings = (
    <EventMiniList
      testId="key-meetings"
      className={compact ? undefined : 'span-2'}
      title="Key meetings"
      definition="Leader- and minister-level shared events, newest first."
      events={data.keyMeetings}
      limit={compact ? 5 : 10}
      badge={(e) => e.level}
      empty={`No leader- or minister-level meetings in ${when}.`}
      onOpen={(e) => drill({ filter: drillFilter(pairing, period), detailId: e.id })}
    />
  );

  return (
    <div className="dashboard" data-testid="pair-dashboard" data-pair={[...codes].sort().join('-')}>
      <Headlines headlines={data.headlines} previousPeriod={data.previousPeriod} compact={compact} onSelect={{ events: () => open(), leader: () => open({ levels: ['leader'] }), minister: () => open({ levels: ['minister'] }), visits: () => open({ type: 'visit' }) }} />
      {compact ? (
        <div className="dash-stack">
          {timeline}
          {intensity}
          {categories}
          {meetings}
        </div>
      ) : (
        <div className="dash-grid">
          {timeline}
          {categories}
          {intensity}
          {files}
          {meetings}
          <StandingNotes notes={data.standingNotes} about={title} />
        </div>
      )}
    </div>
  );
}
