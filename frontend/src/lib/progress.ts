import { useEffect, useState } from 'react';

/**
 * How far along a request we cannot observe is, as a bar percentage. With an expected duration
 * (the last comparable run) it moves linearly towards it; without one it eases towards 90%
 * (half-way after 10 s). Either way it stops at 95% until the answer arrives, so the bar keeps
 * moving without ever claiming the work is done.
 */
export function estimatedPercent(elapsedMs: number, expectedMs?: number): number {
  if (elapsedMs <= 0) return 0;
  const raw =
    expectedMs !== undefined && expectedMs > 0 ? (elapsedMs / expectedMs) * 100 : 90 * (1 - Math.pow(2, -elapsedMs / 10_000));
  return Math.min(95, Math.round(raw));
}

/** Upload progress of an XHR as a whole percentage; undefined when the size is unknown. */
export function uploadPercent(loaded: number, total: number | undefined): number | undefined {
  if (!total || total <= 0) return undefined;
  return Math.min(100, Math.floor((loaded / total) * 100));
}

/** Milliseconds since `active` became true, ticking every `stepMs`; 0 while inactive. */
export function useElapsed(active: boolean, stepMs = 250): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!active) return;
    const started = Date.now();
    const timer = window.setInterval(() => setElapsed(Date.now() - started), stepMs);
    return () => {
      window.clearInterval(timer);
      setElapsed(0); // the next run starts from zero
    };
  }, [active, stepMs]);
  return active ? elapsed : 0;
}
