import { useEffect, useState } from 'react';

/**
 * The current time in seconds, refreshed every `stepSeconds` while mounted and
 * when the page becomes visible again, so relative times ("expires in 4 min")
 * do not go stale on a page left open.
 */
export function useNowSeconds(stepSeconds = 30): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    const update = () => setNow(Math.floor(Date.now() / 1000));
    const timer = setInterval(update, stepSeconds * 1000);
    document.addEventListener('visibilitychange', update);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', update);
    };
  }, [stepSeconds]);
  return now;
}
