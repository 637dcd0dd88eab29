/**
 * A token bucket per caller (API key, JWT subject or client address): `perMinute` requests a
 * minute on average, with bursts up to the same number. In memory: one server process.
 */
export interface RateLimiter {
  /** Takes one token; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number;
}

export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const ratePerMs = perMinute / 60_000;
  return {
    take(key) {
      if (perMinute <= 0) return 0;
      const t = now();
      const b = buckets.get(key) ?? { tokens: perMinute, at: t };
      b.tokens = Math.min(perMinute, b.tokens + (t - b.at) * ratePerMs);
      b.at = t;
      buckets.set(key, b);
      if (buckets.size > 100_000) buckets.clear(); // bound memory under address churn
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - b.tokens) / ratePerMs / 1000);
    },
  };
}
