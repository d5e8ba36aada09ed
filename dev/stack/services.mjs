// Spawning and stopping the stack's child processes. Each child leads its own
// process group, so stopping it also stops whatever it spawned, and nothing
// else.

import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

const TAIL_LINES = 40;
// eslint-disable-next-line no-control-regex
const ANSI_COLOR = /\x1b\[[0-9;]*m/g;

/** A startup or runtime failure with a message meant to be printed as is. */
export class StackError extends Error {
  constructor(message) {
    super(message);
    this.name = 'StackError';
  }
}

/**
 * Starts `command` with its output in `<logDir>/<name>.log` (and echoed with a
 * `[name]` prefix when `echo` is set). The returned handle remembers the last
 * lines of output for error messages.
 */
export function startService({ name, command, args, cwd, env, logDir, echo }) {
  const logFile = join(logDir, `${name}.log`);
  const logStream = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const tail = [];
  const service = {
    name,
    child,
    pid: child.pid,
    logFile,
    exit: undefined,
    stopping: false,
    tail: () => tail.join('\n'),
  };

  const record = (line, target) => {
    const plain = line.replace(ANSI_COLOR, '');
    logStream.write(`${plain}\n`);
    tail.push(plain);
    if (tail.length > TAIL_LINES) tail.shift();
    if (echo) target.write(`[${name}] ${line}\n`);
  };
  for (const [stream, target] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    let partial = '';
    stream.on('data', chunk => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop();
      for (const line of lines) record(line, target);
    });
    stream.on('end', () => partial && record(partial, target));
  }

  const closed = new Promise(resolve => child.on('close', resolve));
  closed.then(() => logStream.end());
  service.exited = new Promise(resolve => {
    const settle = exit => {
      service.exit ??= exit;
      // Give the pipes a moment to deliver the last lines, but do not wait
      // for grandchildren that may still hold them open.
      const grace = new Promise(r => setTimeout(r, 500));
      Promise.race([closed, grace]).then(() => resolve(service.exit));
    };
    child.on('error', error => settle({ code: null, signal: null, error }));
    child.on('exit', (code, signal) => settle({ code, signal }));
  });
  return service;
}

const indent = text => text.replace(/^/gm, '  ');

export function describeExit({ name, exit, tail }) {
  const how = exit.error
    ? `failed to start (${exit.error.message})`
    : `exited with ${exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`}`;
  const lines = tail().trim();
  return `${name} ${how}${lines ? `. Last output:\n${indent(lines)}` : ''}`;
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error) {
    if (error.code === 'ESRCH') return false;
    throw error;
  }
}

/** SIGTERM to the service's process group, SIGKILL if it lingers. */
export async function stopService(service, { graceMs = 5000 } = {}) {
  service.stopping = true;
  if (!service.pid) return;
  if (!service.exit) {
    signalGroup(service.pid, 'SIGTERM');
    const timer = new Promise(resolve =>
      setTimeout(resolve, graceMs, 'timeout'),
    );
    await Promise.race([service.exited, timer]);
  }
  // Also catches grandchildren that outlived the group leader.
  signalGroup(service.pid, 'SIGKILL');
  await service.exited;
}

/** Last resort on process exit: synchronous, no waiting. */
export function killServiceNow(service) {
  if (service.pid && !service.exit) signalGroup(service.pid, 'SIGKILL');
}
