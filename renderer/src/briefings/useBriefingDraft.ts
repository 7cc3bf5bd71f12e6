/**
 * The open briefing as the composer shows it: the stored briefing with the analyst's edits
 * laid over it at once, each edit queued for the store (useBriefingSaver). Changes to the
 * structure (sections added or moved, events cited) first save what is typed, then take the
 * store's answer, with any edit still unsaved laid over it again so no typing is lost.
 */
import { useCallback, useRef, useState } from 'react';
import type { Briefing, BriefingPatch, Citation, Section, SectionChart } from '../../../contract/briefings.ts';
import { call } from '../api.ts';
import { messageOf } from './messages.ts';
import { useBriefingSaver } from './useBriefingSaver.ts';

type Apply = (b: Briefing) => Briefing;
export type SectionField = { title: string; body: string; chart: SectionChart | null };

const withSection = (id: number, change: (s: Section) => Section): Apply => (b) => ({
  ...b,
  sections: b.sections.map((s) => (s.id === id ? change(s) : s)),
});

export function useBriefingDraft(initial: Briefing) {
  const [briefing, setBriefing] = useState(initial);
  // Bumped after every change the store has saved, so the sheet reads sources and chronology again.
  const [revision, setRevision] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const saver = useBriefingSaver(initial.updatedAt);
  const unsaved = useRef(new Map<string, Apply>());
  const id = initial.id;

  /** Takes the store's answer, with edits not yet saved laid over it. */
  const adopt = useCallback((take: Apply) => {
    setBriefing((b) => [...unsaved.current.values()].reduce((acc, apply) => apply(acc), take(b)));
    setRevision((r) => r + 1);
  }, []);

  const edit = useCallback(
    (key: string, apply: Apply, send: () => Promise<unknown>, at: 'later' | 'now' = 'later') => {
      unsaved.current.set(key, apply);
      setBriefing(apply);
      saver.schedule(
        key,
        {
          send: async () => {
            await send();
            if (unsaved.current.get(key) === apply) unsaved.current.delete(key);
            setRevision((r) => r + 1);
          },
        },
        at,
      );
    },
    [saver.schedule],
  );

  const setField = useCallback(
    <K extends keyof BriefingPatch>(name: K, value: BriefingPatch[K], at: 'later' | 'now' = 'later') =>
      edit(`briefing:${name}`, (b) => ({ ...b, [name]: value }), () => call((api) => api.updateBriefing({ id, patch: { [name]: value } })), at),
    [edit, id],
  );

  /** Shows a value in the form that cannot be stored yet, with the reason. */
  const holdField = useCallback(<K extends keyof Briefing>(name: K, value: Briefing[K], reason: string) => {
    unsaved.current.set(`briefing:${name}`, (b) => ({ ...b, [name]: value }));
    setBriefing((b) => ({ ...b, [name]: value }));
    saver.hold(`briefing:${name}`, reason);
  }, [saver.hold]);

  const setSectionField = useCallback(
    <K extends keyof SectionField>(sectionId: number, name: K, value: SectionField[K], at: 'later' | 'now' = 'later') =>
      edit(
        `section:${sectionId}:${name}`,
        withSection(sectionId, (s) => ({ ...s, [name]: value })),
        () => call((api) => api.updateBriefingSection({ id: sectionId, [name]: value })),
        at,
      ),
    [edit],
  );

  const holdSectionField = useCallback(<K extends keyof SectionField>(sectionId: number, name: K, value: SectionField[K], reason: string) => {
    const apply = withSection(sectionId, (s) => ({ ...s, [name]: value }));
    unsaved.current.set(`section:${sectionId}:${name}`, apply);
    setBriefing(apply);
    saver.hold(`section:${sectionId}:${name}`, reason);
  }, [saver.hold]);

  /** Runs a structural change after saving what is typed; returns false (and says why) when refused. */
  const change = useCallback(
    async <T>(run: () => Promise<T>, take: (result: T) => Apply): Promise<T | null> => {
      setProblem(null);
      await saver.flush();
      try {
        const result = await run();
        adopt(take(result));
        return result;
      } catch (e) {
        setProblem(messageOf(e));
        return null;
      }
    },
    [saver.flush, adopt],
  );

  const ops = {
    /** A change answered with the whole briefing (sections added, moved, removed). */
    wholeBriefing: (run: () => Promise<Briefing>) => change(run, (stored) => () => stored),
    /** A section added at the end. */
    sectionAdded: (run: () => Promise<Section>) => change(run, (section) => (b) => ({ ...b, sections: [...b.sections, section] })),
    /** A change answered with one section (events cited or uncited). */
    section: <T extends { section: Section } | Section>(run: () => Promise<T>) =>
      change(run, (r) => {
        const section: Section = 'section' in r ? (r as { section: Section }).section : (r as Section);
        return withSection(section.id, () => section);
      }),
    /** A change answered with one citation (with note, updated from the event). */
    citation: (run: () => Promise<Citation>) =>
      change(run, (c) => withSection(c.sectionId, (s) => ({ ...s, citations: s.citations.map((x) => (x.id === c.id ? c : x)) }))),
  };

  return { briefing, revision, problem, setProblem, saver, setField, holdField, setSectionField, holdSectionField, ops };
}
