// gonet for JavaScript: one API over either bundle.
//
//   import { load } from "./gonet/gonet.mjs";
//   const net = await load({ bundle: "wasm" });   // or "js" (the default)
//   net.parseIP("::ffff:192.0.2.1")                // "192.0.2.1"
//
// Both bundles are compiled by TeaVM from the same Java code and must give the same answers.
// Errors carry Go's text, e.g. "address 1.2.3.4: missing port in address".

/**
 * Thrown for every gonet failure; `message` is Go's error text. `timeout` is Go's Timeout();
 * `code` is the WebSocket close status behind the error (-1 when none) and `reason` its text.
 */
export class GonetError extends Error {
  constructor(message, { timeout = false, code = -1, reason = null } = {}) {
    super(message);
    this.name = "GonetError";
    this.timeout = timeout;
    this.code = code;
    this.reason = reason;
  }
}

function unwrap(json) {
  const v = JSON.parse(json);
  if (v !== null && typeof v === "object" && "error" in v) {
    throw new GonetError(v.error, v);
  }
  return v;
}

// Deadlines: a Date, epoch milliseconds, or null (none). -1 tells Java "none".
function deadlineMillis(t) {
  if (t === null || t === undefined) return -1;
  const ms = t instanceof Date ? t.getTime() : t;
  if (typeof ms !== "number" || Number.isNaN(ms)) {
    throw new TypeError(`deadline: want a Date, epoch milliseconds or null, got ${t}`);
  }
  return Math.max(0, ms); // a time before 1970 has passed as surely as 0 has
}

function bytesOf(data) {
  if (typeof data === "string") return new TextEncoder().encode(data);
  if (data instanceof Uint8Array || data instanceof Int8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new TypeError("write: want a string, ArrayBuffer or typed array");
}

// The Java side keeps each conn by id until its JS object is garbage collected, so calls after
// close() still get the conn's own error text; an abandoned open conn is closed then too.
const releasers = new Map();
function releaser(raw) {
  if (!releasers.has(raw)) {
    releasers.set(raw, new FinalizationRegistry((id) => raw.connRelease(id)));
  }
  return releasers.get(raw);
}

// A Conn as JS sees it: Promise-returning read/write, sync close and deadlines (they never block).
function conn(raw, info) {
  const { id } = info;
  const c = Object.freeze({
    network: info.network,
    localAddr: info.localAddr,
    remoteAddr: info.remoteAddr,
    subprotocol: info.subprotocol,
    async read(max = 65536) {
      const r = await raw.connRead(id, int("read max", max));
      if (typeof r === "string") {
        unwrap(r); // throws for errors
        return null; // {"eof": true}
      }
      return new Uint8Array(r.buffer, r.byteOffset, r.length);
    },
    async write(data) {
      const b = bytesOf(data);
      const i8 = new Int8Array(b.buffer, b.byteOffset, b.byteLength);
      return unwrap(await raw.connWrite(id, i8)).n;
    },
    close(code = 0, reason = "") {
      unwrap(raw.connClose(id, int("close code", code), str("close reason", reason)));
    },
    setDeadline: (t) => void unwrap(raw.connSetDeadline(id, "both", deadlineMillis(t))),
    setReadDeadline: (t) => void unwrap(raw.connSetDeadline(id, "read", deadlineMillis(t))),
    setWriteDeadline: (t) => void unwrap(raw.connSetDeadline(id, "write", deadlineMillis(t))),
  });
  releaser(raw).register(c, id);
  return c;
}

function str(name, v) {
  if (typeof v !== "string") {
    throw new TypeError(`${name}: want a string, got ${typeof v}`);
  }
  return v;
}

function int(name, v) {
  if (!Number.isInteger(v)) {
    throw new TypeError(`${name}: want an integer, got ${v}`);
  }
  return v;
}

function wrap(raw, bundle) {
  return Object.freeze({
    bundle,
    version: () => raw.version(),
    platform: () => raw.platform(),
    parseIP: (s) => raw.parseIP(str("parseIP", s)) ?? null,
    parseCIDR: (s) => unwrap(raw.parseCIDR(str("parseCIDR", s))),
    splitHostPort: (s) => unwrap(raw.splitHostPort(str("splitHostPort", s))),
    joinHostPort: (host, port) => raw.joinHostPort(str("joinHostPort host", host), str("joinHostPort port", String(port))),
    cidrMask: (ones, bits) => raw.cidrMask(int("cidrMask ones", ones), int("cidrMask bits", bits)) ?? null,
    cidrContains: (cidr, ip) => unwrap(raw.cidrContains(str("cidrContains cidr", cidr), str("cidrContains ip", ip))).contains,
    async dial(network, address, options = {}) {
      const timeout = options.timeoutMs ?? 0;
      const protocols = options.subprotocols ?? [];
      if (!Array.isArray(protocols) || protocols.some((p) => typeof p !== "string" || p.includes(","))) {
        throw new TypeError("dial subprotocols: want an array of tokens");
      }
      const info = unwrap(await raw.dial(str("dial network", network), str("dial address", address),
          int("dial timeoutMs", timeout), protocols.join(",")));
      return conn(raw, info);
    },
    setRelay: (url) => raw.setRelay(url === null || url === undefined ? "" : str("setRelay", url)),
    relay: () => raw.relay() ?? null,
  });
}

const loaded = new Map();

/**
 * Loads a bundle once per page and returns the gonet API.
 * @param {{bundle?: "js" | "wasm"}} [options]
 */
export function load(options = {}) {
  const bundle = options.bundle ?? "js";
  if (bundle !== "js" && bundle !== "wasm") {
    return Promise.reject(new TypeError(`unknown bundle "${bundle}": want "js" or "wasm"`));
  }
  if (!loaded.has(bundle)) {
    loaded.set(bundle, bundle === "js" ? loadJs() : loadWasm());
  }
  return loaded.get(bundle);
}

async function loadJs() {
  const raw = await import("./js/gonet.js");
  return wrap(raw, "js");
}

async function loadWasm() {
  const runtime = await import("./wasm-gc/gonet.wasm-runtime.js");
  const teavm = await runtime.load(new URL("./wasm-gc/gonet.wasm", import.meta.url).href);
  return wrap(teavm.exports, "wasm");
}
