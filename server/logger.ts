/** Structured logs: one JSON object per line on stdout, levels filtered by LOG_LEVEL. */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof LEVELS;

export interface Logger {
  log(level: LogLevel, msg: string, fields?: Record<string, unknown>): void;
}

export function createLogger(min: LogLevel, write: (line: string) => void = (l) => void process.stdout.write(l)): Logger {
  return {
    log(level, msg, fields = {}) {
      if (LEVELS[level] < LEVELS[min]) return;
      write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
    },
  };
}
