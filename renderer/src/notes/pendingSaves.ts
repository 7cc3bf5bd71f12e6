/**
 * Every editor with unsaved text registers a flusher here, so that "save everything now"
 * (the window is closing, the app is quitting) reaches all of them at once.
 */
type Flusher = () => Promise<void>;

const flushers = new Set<Flusher>();

export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => void flushers.delete(flush);
}

/** Saves what every editor holds; one editor failing does not stop the others. */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
