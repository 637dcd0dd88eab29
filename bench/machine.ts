/** The machine and date line that every benchmark report starts with. */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export function machineLine(): string {
  const cpu = cpus();
  return `${new Date().toISOString().slice(0, 10)} · ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end (2 cores: above 2 means other work competed)`;
}

export async function saveReport(name: string, markdown: string): Promise<string> {
  const dir = path.join('bench', 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.md`);
  await writeFile(file, markdown, 'utf8');
  return file;
}

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
