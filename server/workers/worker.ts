/** Worker-thread entry: runs tasks.ts tasks and posts the results back (arrays transferred). */
import { parentPort } from 'node:worker_threads';
import { toAtlasError } from '../errors.ts';
import { runTask, type Task } from './tasks.ts';

parentPort?.on('message', (msg: { id: number; task: Task }) => {
  try {
    const result = runTask(msg.task);
    const buffer = result.kind === 'values' ? result.values.buffer : result.kind === 'partition' ? result.membership.buffer : null;
    parentPort?.postMessage({ id: msg.id, ok: true, result }, buffer === null ? [] : [buffer as ArrayBuffer]);
  } catch (err) {
    const e = toAtlasError(err);
    parentPort?.postMessage({ id: msg.id, ok: false, error: { code: e.code, message: e.message, details: e.details } });
  }
});
