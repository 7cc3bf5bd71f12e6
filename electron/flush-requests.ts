/**
 * "Save everything now": before the window closes, the main process asks the page to write
 * what the analyst typed but autosave has not sent yet, and waits for its answer (with a
 * limit, so a hung page never stops the app from closing).
 */
export class FlushRequests {
  private nextToken = 1;
  private readonly waiting = new Map<number, () => void>();

  /** Resolves true when the page answered, false when it did not within `timeoutMs`. */
  request(ask: (token: number) => void, timeoutMs: number): Promise<boolean> {
    const token = this.nextToken++;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(token);
        resolve(false);
      }, timeoutMs);
      this.waiting.set(token, () => {
        clearTimeout(timer);
        this.waiting.delete(token);
        resolve(true);
      });
      try {
        ask(token);
      } catch {
        this.waiting.get(token)?.();
      }
    });
  }

  /** The page's answer; unknown or late tokens are ignored. */
  answer(token: number): void {
    this.waiting.get(token)?.();
  }
}
