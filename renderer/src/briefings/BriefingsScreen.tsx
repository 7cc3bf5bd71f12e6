/** The Briefings screen: the list, or the composer of the briefing that is open. */
import { useEffect, useState } from 'react';
import { call } from '../api.ts';
import type { CountryChoice } from '../countries/CountryPicker.tsx';
import { BriefingList } from './BriefingList.tsx';
import { Composer, type ComposerRequest } from './Composer.tsx';
import './briefings.css';
import '../notes/notes.css';
import '../tags/tags.css';

interface Props {
  /** The open briefing, kept by the app so that coming back to the screen returns to it. */
  openId: number | null;
  onOpen(id: number | null): void;
  request: ComposerRequest | null;
  onRequestHandled(): void;
  notice: string | null;
  onDismissNotice(): void;
}

export function BriefingsScreen({ openId, onOpen, request, onRequestHandled, notice, onDismissNotice }: Props) {
  const [countries, setCountries] = useState<CountryChoice[]>([]);
  useEffect(() => {
    // Without the list of countries the subject field only shows codes; nothing else depends on it.
    call((api) => api.listCountries()).then(
      (list) => setCountries(list.map((c) => ({ code: c.code, name: c.name }))),
      () => {},
    );
  }, []);

  if (openId !== null) {
    return <Composer id={openId} countries={countries} request={request} onRequestHandled={onRequestHandled} onBack={() => onOpen(null)} />;
  }
  return <BriefingList onOpen={onOpen} notice={notice} onDismissNotice={onDismissNotice} countries={countries} />;
}
