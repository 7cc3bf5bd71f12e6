import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { parsePrintHash } from '../../contract/print-sheet.ts';
import './styles.css';

// The main process prints a briefing by opening this page at #print/<id>: the sheet alone,
// without loading the rest of the app.
const printId = parsePrintHash(window.location.hash);
const App = lazy(() => import('./App.tsx').then((m) => ({ default: m.App })));
const PrintRoute = lazy(() => import('./briefings/sheet/PrintRoute.tsx').then((m) => ({ default: m.PrintRoute })));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Suspense fallback={null}>{printId === null ? <App /> : <PrintRoute id={printId} />}</Suspense>
  </StrictMode>,
);
