import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parsePrintHash } from '../../contract/print-sheet.ts';
import { App } from './App.tsx';
import { PrintRoute } from './briefings/sheet/PrintRoute.tsx';
import './styles.css';

// The main process prints a briefing by opening this page at #print/<id>: the sheet alone.
const printId = parsePrintHash(window.location.hash);

createRoot(document.getElementById('root')!).render(<StrictMode>{printId === null ? <App /> : <PrintRoute id={printId} />}</StrictMode>);
