'use strict';
/*
 * playground-preload.js: loaded with `node --require scripts/playground-preload.js` in front of the
 * Microsoft 365 Agents Playground CLI (@microsoft/m365agentsplayground). Plain CommonJS, no deps.
 *
 * Why:
 *  1. The playground calls `server.listen(port)` with no host, so it listens on ALL interfaces
 *     (0.0.0.0 / ::). It also probes the port with `net.createServer().listen(port)`. We only want it
 *     reachable from this machine, so every TCP listen with no host or a wildcard host
 *     (0.0.0.0, ::) is rewritten to 127.0.0.1. Unix sockets, fds and handles are left alone.
 *  2. Even with --disable-telemetry the bundled Application Insights SDK starts up and dials out:
 *     Azure IMDS (169.254.169.254) and *.in.applicationinsights.azure.com (statsbeat), plus a
 *     heartbeat metric every 15 minutes. This machine is offline and must not send traffic
 *     anywhere but loopback, so outgoing TCP connections to any host that is not loopback
 *     (127.0.0.0/8, ::1, localhost) fail at once with ECONNREFUSED, before any DNS look-up.
 *     The playground copes with that (telemetry errors are swallowed). Set
 *     APPLICATION_INSIGHTS_NO_STATSBEAT=true as well so the SDK does not even try.
 *     Set PLAYGROUND_PRELOAD_ALLOW_EGRESS=1 to switch this guard off, and
 *     PLAYGROUND_PRELOAD_DEBUG=1 to log every rewritten listen / blocked connect on stderr.
 */
const net = require('net');

const LOOPBACK = '127.0.0.1';
const WILDCARD_HOSTS = new Set(['', '0.0.0.0', '::', '::0', '[::]', '0:0:0:0:0:0:0:0']);
const debug = process.env.PLAYGROUND_PRELOAD_DEBUG === '1';
const log = (msg) => {
  if (debug) process.stderr.write(`[playground-preload] ${msg}\n`);
};

// ---- 1. force listeners onto 127.0.0.1 -------------------------------------------------------
const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  const first = args[0];
  if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    // listen(options[, cb]); leave pipe (path) / fd / handle listeners untouched (same tests as node).
    const proto = Object.getPrototypeOf(first);
    const plain = proto === Object.prototype || proto === null; // not a server / socket / native handle
    const isTcp = plain && !first.path && first.handle == null && first._handle == null && typeof first.fd !== 'number';
    if (isTcp && (first.host === undefined || first.host === null || WILDCARD_HOSTS.has(String(first.host)))) {
      args[0] = { ...first, host: LOOPBACK };
      log(`listen(${JSON.stringify(first)}) -> host ${LOOPBACK}`);
    }
  } else if (
    first === undefined ||
    first === null ||
    typeof first === 'function' ||
    typeof first === 'number' ||
    (typeof first === 'string' && /^\d+$/.test(first))
  ) {
    // listen([port][, host][, backlog][, cb])
    if (first === undefined || first === null || typeof first === 'function') {
      if (first === undefined || first === null) args.shift();
      args.unshift(0);
    }
    if (typeof args[1] === 'string') {
      if (WILDCARD_HOSTS.has(args[1])) {
        log(`listen(${args[0]}, '${args[1]}') -> ${LOOPBACK}`);
        args[1] = LOOPBACK;
      }
    } else {
      log(`listen(${args[0]}) -> ${LOOPBACK}`);
      args.splice(1, 0, LOOPBACK);
    }
  }
  return originalListen.apply(this, args);
};

// ---- 2. no outgoing traffic except to loopback -----------------------------------------------
function isLoopbackHost(host) {
  if (host === undefined || host === null || host === '') return true; // net defaults to localhost
  const h = String(host)
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}

if (process.env.PLAYGROUND_PRELOAD_ALLOW_EGRESS !== '1') {
  const originalConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function connectLoopbackOnly(...args) {
    // net.connect()/tls.connect()/http agents call socket.connect(normalizedArgsArray); direct
    // callers use connect(options[, cb]) or connect(port[, host][, cb]).
    let options = args[0];
    if (Array.isArray(options)) options = options[0];
    let host;
    let port;
    if (options !== null && typeof options === 'object') {
      // IPC exactly when node thinks so: a truthy path. (http's agent passes path: null for TCP.)
      if (options.path) return originalConnect.apply(this, args);
      host = options.host;
      port = options.port;
    } else {
      port = options;
      host = typeof args[1] === 'string' ? args[1] : undefined;
    }
    if (isLoopbackHost(host)) return originalConnect.apply(this, args);
    log(`blocked outgoing connection to ${host}:${port}`);
    const err = Object.assign(new Error(`connect ECONNREFUSED ${host}:${port} (blocked by playground-preload: offline, loopback only)`), {
      code: 'ECONNREFUSED',
      errno: -111,
      syscall: 'connect',
      address: String(host),
      port,
    });
    process.nextTick(() => this.destroy(err));
    return this;
  };
}
