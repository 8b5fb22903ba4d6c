/**
 * Environments are independent, and the machines synth runs on have two cores or more: a worker thread
 * renders the second half of the environments while this thread renders the first. It stays one
 * synchronous call (this thread blocks on Atomics.wait for the worker's answer: it has nothing else to do),
 * the outputs come back in the overlays' order, and an error is the one a serial run raises first.
 *
 * The worker is the CLI's own entry file (build/src/main.js, see scripts/build.mjs): it loads the bundle
 * like the main thread and calls `renderWorker` with the request it finds in its workerData.
 */
import * as fs from 'fs';
import * as os from 'os';
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from 'worker_threads';
import { CliError, isPersonError } from '../cli/cli-util';
import type { EnvConfig } from '../config/schema';
import { EnvironmentOutput, GateError, renderEnvironment, RenderOptions } from './synthesize';

/** What the worker finds in `workerData.lumenRender`. */
export interface RenderRequest {
  readonly configs: EnvConfig[];
  readonly options: RenderOptions;
  readonly port: MessagePort;
  /** Set to 1 (and notified) once the reply is on the port. */
  readonly signal: Int32Array;
}

type RenderReply =
  | { readonly outputs: EnvironmentOutput[] }
  | { readonly gate: GateError['violations'] }
  | { readonly person: { readonly name: string; readonly message: string } }
  | { readonly bug: string };

/** A worker that never answers (killed, out of memory) fails the synth instead of hanging it. */
const WORKER_TIMEOUT_MS = 120_000;

/**
 * Renders every environment (renderEnvironment), half of them in a worker thread started from `workerEntry`;
 * serially when there is no entry, one environment or one core.
 */
export function renderEnvironments(configs: readonly EnvConfig[], workerEntry?: string, options: RenderOptions = {}): EnvironmentOutput[] {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (!workerEntry || configs.length < 2 || cores < 2) return configs.map((c) => renderEnvironment(c, undefined, options));

  if (!fs.existsSync(workerEntry)) throw new Error(`synth: no worker entry file ${workerEntry} (npm run build)`);
  const split = Math.ceil(configs.length / 2);
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const request: RenderRequest = { configs: configs.slice(split), options, port: port2, signal };
  const worker = new Worker(workerEntry, { workerData: { lumenRender: request }, transferList: [port2] });
  try {
    // Ours first: an error here is the first a serial run would meet.
    const outputs = configs.slice(0, split).map((c) => renderEnvironment(c, undefined, options));
    if (Atomics.wait(signal, 0, 0, WORKER_TIMEOUT_MS) === 'timed-out') {
      throw new Error(`synth: the worker rendering ${request.configs.map((c) => c.env).join(', ')} did not answer within ${WORKER_TIMEOUT_MS / 1000} s`);
    }
    const reply = receiveMessageOnPort(port1)?.message as RenderReply | undefined;
    if (!reply) throw new Error('synth: the render worker signalled without a reply');
    if ('outputs' in reply) return [...outputs, ...reply.outputs];
    if ('gate' in reply) throw new GateError(reply.gate);
    if ('person' in reply) throw Object.assign(new CliError(reply.person.message), { name: reply.person.name });
    throw new Error(`synth: the render worker failed:\n${reply.bug}`);
  } finally {
    port1.close();
    void worker.terminate();
  }
}

/** The worker's side: renders its environments and answers once, whatever happens. */
export function renderWorker(request: RenderRequest): void {
  // A worker that exits without a reply (process.exit somewhere below) still answers.
  let answered = false;
  process.once('exit', (code) => {
    if (!answered) answer(request, { bug: `the render worker exited with code ${code} before answering` });
  });
  let reply: RenderReply;
  try {
    reply = { outputs: request.configs.map((c) => renderEnvironment(c, undefined, request.options)) };
  } catch (e) {
    reply = replyForError(e);
  }
  answered = true;
  answer(request, reply);
}

/** Also for the entry file, when the bundle itself fails to load in the worker. */
export function replyForError(e: unknown): RenderReply {
  if (e instanceof GateError) return { gate: e.violations };
  if (isPersonError(e)) return { person: { name: e.name, message: e.message } };
  return { bug: e instanceof Error ? e.stack ?? e.message : String(e) };
}

function answer(request: RenderRequest, reply: RenderReply): void {
  request.port.postMessage(reply);
  Atomics.store(request.signal, 0, 1);
  Atomics.notify(request.signal, 0);
}
