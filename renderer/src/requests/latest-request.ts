/**
 * Answers from the store can come back in any order: on a busy machine a slow answer to an older
 * question may arrive after the answer to a newer one. A screen that asked twice for the same thing
 * (a dashboard, a list) must show the newer answer, so each such thing gets one LatestRequest: it
 * numbers the requests and lets only the newest one's answer through. `drop()` withdraws the
 * question altogether (the subject was cleared, the screen closed) so no answer comes through.
 */
export interface LatestRequest {
  /**
   * Settles as `request` does if it is still the newest when it settles; an answer overtaken by a
   * later request or by drop() never settles, so nothing downstream of it runs.
   */
  latest<T>(request: Promise<T>): Promise<T>;
  drop(): void;
}

export function createLatestRequest(): LatestRequest {
  let newest = 0;
  return {
    latest<T>(request: Promise<T>) {
      const mine = ++newest;
      return new Promise<T>((resolve, reject) => {
        request.then(
          (value) => mine === newest && resolve(value),
          (error: unknown) => mine === newest && reject(error),
        );
      });
    },
    drop() {
      newest++;
    },
  };
}
