// Two network namespaces for the fault tests (issue 12): the server in one, the players in the
// other, joined by a lossy link: `tc netem` on a veth pair where the kernel has sch_netem, or
// two TUN devices and dovui-lossy-link (user space) everywhere else. Needs root.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const SERVER_IP = '10.201.0.1';
export const PLAYER_IP = '10.201.0.2';
/** A second address of the player side: another phone, or a prankster. */
export const OTHER_IP = '10.201.0.3';

const ip = (...args) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** Why namespaces cannot be used here, or '' when they can. */
export function namespacesUnavailable() {
  if (process.getuid && process.getuid() !== 0) return 'not root: network namespaces need root';
  if (!fs.existsSync('/dev/net/tun')) return '/dev/net/tun is missing';
  const probe = `dovui-probe-${process.pid}`;
  try {
    ip('netns', 'add', probe);
    ip('netns', 'del', probe);
  } catch (e) {
    return `ip netns does not work here: ${e.stderr || e.message}`.trim();
  }
  return '';
}

/** True when the kernel has sch_netem (tried on a throwaway veth in a throwaway namespace). */
export function netemAvailable() {
  const probe = `dovui-netem-${process.pid}`;
  try {
    ip('netns', 'add', probe);
    ip('-n', probe, 'link', 'add', 'p0', 'type', 'veth', 'peer', 'name', 'p1');
    execFileSync('ip', ['netns', 'exec', probe, 'tc', 'qdisc', 'add', 'dev', 'p0', 'root', 'netem', 'loss', '1%'],
      { stdio: 'ignore' });
    return true;
  } catch (e) {
    return false;
  } finally {
    try { ip('netns', 'del', probe); } catch (e) { /* never made */ }
  }
}

/**
 * Makes the namespaces and the link. `kind`: 'tun' (dovui-lossy-link, `lossyLinkExe`) or
 * 'netem'. `loss` 0..1, `delayMs` ± `jitterMs` each way. Returns { server, players, cut(),
 * restore(), stats(), close() }; close() removes everything (also on a failed test).
 */
export async function makeLink({ kind, lossyLinkExe, loss = 0, delayMs = 0, jitterMs = 0, seed = 12 }) {
  const tag = `${process.pid}`;
  const server = `dovui-srv-${tag}`;
  const players = `dovui-ply-${tag}`;
  const made = [];
  let forwarder = null;
  let forwarderOut = '';
  const close = async () => {
    if (forwarder && forwarder.exitCode === null) {
      const done = new Promise((resolve) => forwarder.once('exit', resolve));
      forwarder.kill('SIGTERM');
      await done;
    }
    for (const name of made) try { ip('netns', 'del', name); } catch (e) { /* already gone */ }
  };
  try {
    for (const name of [server, players]) {
      ip('netns', 'add', name);
      made.push(name);
    }
    if (kind === 'tun') {
      ip('-n', server, 'tuntap', 'add', 'dev', 'dvs', 'mode', 'tun');
      ip('-n', players, 'tuntap', 'add', 'dev', 'dvp', 'mode', 'tun');
    } else {
      ip('-n', server, 'link', 'add', 'dvs', 'type', 'veth', 'peer', 'name', 'dvp', 'netns', players);
    }
    for (const [name, dev, address, peer] of [[server, 'dvs', SERVER_IP, PLAYER_IP], [players, 'dvp', PLAYER_IP, SERVER_IP]]) {
      ip('-n', name, 'link', 'set', 'lo', 'up');
      ip('-n', name, 'addr', 'add', `${address}/32`, 'peer', `${peer}/32`, 'dev', dev);
      ip('-n', name, 'link', 'set', dev, 'up');
    }
    ip('-n', players, 'addr', 'add', `${OTHER_IP}/32`, 'dev', 'dvp');
    ip('-n', server, 'route', 'add', `${OTHER_IP}/32`, 'dev', 'dvs');
    const netem = (name, dev, lossPercent, verb = 'add') => execFileSync('ip', ['netns', 'exec', name, 'tc', 'qdisc', verb,
      'dev', dev, 'root', 'netem', 'loss', `${lossPercent}%`, 'delay', `${delayMs}ms`, `${jitterMs}ms`], { stdio: 'ignore' });
    if (kind === 'tun') {
      forwarder = spawn(lossyLinkExe, ['--netns-a', server, '--dev-a', 'dvs', '--netns-b', players, '--dev-b', 'dvp',
        '--loss', loss, '--delay-ms', delayMs, '--jitter-ms', jitterMs, '--seed', seed].map(String),
      { stdio: ['ignore', 'pipe', 'pipe'] });
      await new Promise((resolve, reject) => {
        forwarder.stdout.on('data', (c) => { forwarderOut += c; if (forwarderOut.includes('READY')) resolve(); });
        forwarder.stderr.on('data', (c) => { forwarderOut += c; });
        forwarder.on('exit', (code) => reject(new Error(`dovui-lossy-link exited (${code}): ${forwarderOut}`)));
      });
    } else if (loss > 0 || delayMs > 0) {
      netem(server, 'dvs', loss * 100);
      netem(players, 'dvp', loss * 100);
    }
    return {
      server, players, kind,
      /** Every packet both ways is dropped until restore(). */
      cut() {
        if (forwarder) forwarder.kill('SIGUSR1');
        else { netem(server, 'dvs', 100, 'replace'); netem(players, 'dvp', 100, 'replace'); }
      },
      restore() {
        if (forwarder) forwarder.kill('SIGUSR2');
        else { netem(server, 'dvs', loss * 100, 'replace'); netem(players, 'dvp', loss * 100, 'replace'); }
      },
      /** The forwarder's counts (after close()), or ''. */
      stats: () => forwarderOut.split('\n').filter((l) => l.startsWith('LINK')).join('; '),
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** `argv` run inside namespace `ns`. */
export const inNamespace = (ns, argv) => ['ip', ['netns', 'exec', ns, ...argv]];

/** A chromium executable for playwright that runs inside namespace `ns`. */
export function chromiumIn(ns, folder) {
  const file = path.join(folder, `chromium-in-${ns}`);
  fs.writeFileSync(file, `#!/bin/sh\nexec ip netns exec ${ns} /usr/bin/chromium "$@"\n`, { mode: 0o755 });
  return file;
}
