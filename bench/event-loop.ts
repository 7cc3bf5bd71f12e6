/** Watches the event loop with a fine timer and reports its longest stall. */
export function watchEventLoop(intervalMs = 2): { stop(): { longestStallMs: number; ticks: number } } {
  let last = performance.now();
  let longest = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - intervalMs);
    last = now;
    ticks++;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const now = performance.now();
      longest = Math.max(longest, now - last - intervalMs);
      return { longestStallMs: Math.max(0, longest), ticks };
    },
  };
}
