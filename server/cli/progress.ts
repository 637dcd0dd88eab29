/**
 * A dependency-free progress bar on stderr: redrawn in place on a terminal, a line every few
 * seconds otherwise (CI logs), so long imports show they are alive either way.
 */
export interface ProgressBar {
  update(label: string, done: number, total: number): void;
  finish(): void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const tty = stream.isTTY === true;
  const started = Date.now();
  let lastLine = 0;
  return {
    update(label, done, total) {
      const now = Date.now();
      if (!tty && now - lastLine < 3_000 && done < total) return;
      lastLine = now;
      const ratio = total === 0 ? 1 : Math.min(1, done / total);
      const width = 30;
      const filled = Math.round(ratio * width);
      const secs = (now - started) / 1000;
      const rate = secs > 0 ? Math.round(done / secs) : 0;
      const text = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${done}/${total} rows ${rate}/s  ${label}`;
      stream.write(tty ? `\r${text.padEnd(100)}` : `${text}\n`);
    },
    finish() {
      if (tty) stream.write('\n');
    },
  };
}
