import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { parsePrintHash } from '../../contract/print-sheet.ts';
import { App } from './App.tsx';
import './styles.css';

// The main process prints a briefing by opening this page at #print/<id>: the sheet alone.
// The app itself is not lazy: menu commands can arrive as soon as the window shows.
const printId = parsePrintHash(window.location.hash);
const PrintRoute = lazy(() => import('./briefings/sheet/PrintRoute.tsx').then((m) => ({ default: m.PrintRoute })));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {printId === null ? (
      <App />
    ) : (
      <Suspense fallback={null}>
        <PrintRoute id={printId} />
      </Suspense>
    )}
  </StrictMode>,
);
