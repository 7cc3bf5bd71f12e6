/**
 * The sheet's typefaces, bundled with the app (no network): Source Serif 4 for text, Source
 * Sans 3 for headings, markings and figures. Only the weights the sheet uses.
 */
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/600.css';
import '@fontsource/source-serif-4/700.css';
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import '@fontsource/source-sans-3/700.css';
