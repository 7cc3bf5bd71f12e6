/** A LatestRequest that lives as long as the component: closing the screen drops what is on its way. */
import { useEffect, useRef } from 'react';
import { createLatestRequest, type LatestRequest } from './latest-request.ts';

export function useLatestRequest(): LatestRequest {
  const ref = useRef<LatestRequest | null>(null);
  ref.current ??= createLatestRequest();
  useEffect(() => {
    const requests = ref.current!;
    return () => requests.drop();
  }, []);
  return ref.current;
}
