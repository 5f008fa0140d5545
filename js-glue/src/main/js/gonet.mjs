// gonet for JavaScript: one API over either bundle.
//
//   import { load } from "./gonet/gonet.mjs";
//   const net = await load({ bundle: "wasm" });   // or "js" (the default)
//   net.parseIP("::ffff:192.0.2.1")                // "192.0.2.1"
//
// Both bundles are compiled by TeaVM from the same Java code and must give the same answers.
// Errors carry Go's text, e.g. "address 1.2.3.4: missing port in address".

/**
 * Thrown for every gonet failure; `message` is Go's text. `name` is the Java exception type
 * ("NetException" for Go's OpError, "AddrException", "DNSException", "ClientException" for Go's
 * url.Error, "HttpError", ...; "GonetError" for anything else). `op`, `net`, `addr` are Go's
 * OpError / url.Error / DNSError fields (null when absent); `timeout` is Go's Timeout();
 * `notFound` Go's IsNotFound (a DNS name or record that does not exist); `code` is the
 * WebSocket close status behind the error (-1 when none) and `reason` its text; `canceled` says
 * the request was aborted (Go's context.Canceled).
 */
export class GonetError extends Error {
  constructor(message, { name = "GonetError", op = null, net = null, addr = null, timeout = false,
      notFound = false, code = -1, reason = null, canceled = false } = {}) {
    super(message);
    this.name = name;
    this.op = op;
    this.net = net;
    this.addr = addr;
    this.timeout = timeout;
    this.notFound = notFound;
    this.code = code;
    this.reason = reason;
    this.canceled = canceled;
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

function bytesOf(data, what = "write") {
  if (typeof data === "string") return new TextEncoder().encode(data);
  if (data instanceof Uint8Array || data instanceof Int8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new TypeError(`${what}: want a string, ArrayBuffer or typed array`);
}

function int8(b) {
  return new Int8Array(b.buffer, b.byteOffset, b.byteLength);
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
      return unwrap(await raw.connWrite(id, int8(bytesOf(data)))).n;
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

// Lists of strings cross to Java packed: each as its length, ":", then the string (any
// character may appear in it). Unpacked by Json.unpack.
function pack(list) {
  return list.map((s) => `${s.length}:${s}`).join("");
}

function nonNegativeInt(name, v) {
  if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff) {
    throw new TypeError(`${name}: want a non-negative integer, got ${v}`);
  }
  return v;
}

// ---- DNS ----

// Relative endpoint URLs resolve against the page (or worker) location.
function absoluteURL(u) {
  const base = globalThis.location?.href;
  return base === undefined ? u : new URL(u, base).href;
}

function setResolver(raw, options) {
  if (options === null || options === undefined) {
    unwrap(raw.setResolver("", 0));
    return;
  }
  if (typeof options !== "object") {
    throw new TypeError("setResolver: want {endpoints, timeoutMs?} or null");
  }
  const { endpoints } = options;
  if (!Array.isArray(endpoints) || endpoints.length === 0 || endpoints.some((e) => typeof e !== "string")) {
    throw new TypeError("setResolver endpoints: want a non-empty array of URL strings");
  }
  const timeout = nonNegativeInt("setResolver timeoutMs", options.timeoutMs ?? 0);
  const v = JSON.parse(raw.setResolver(pack(endpoints.map(absoluteURL)), timeout));
  if ("error" in v) throw new TypeError(v.error);
}

// ---- HTTP ----

// The fetch spec's values for the RequestInit fields FetchOptions types.
const FETCH_TOKENS = {
  mode: ["cors", "no-cors", "same-origin"],
  credentials: ["omit", "same-origin", "include"],
  cache: ["default", "no-store", "reload", "no-cache", "force-cache", "only-if-cached"],
  redirect: ["follow", "error", "manual"],
  referrerPolicy: ["no-referrer", "no-referrer-when-downgrade", "origin", "origin-when-cross-origin",
    "same-origin", "strict-origin", "strict-origin-when-cross-origin", "unsafe-url"],
  priority: ["high", "low", "auto"],
};
const FETCH_STRINGS = ["referrer", "integrity"];
const FETCH_BOOLEANS = ["keepalive", "streamingUpload"];

function fetchPairs(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== "object") throw new TypeError("request fetch: want an object");
  const out = [];
  for (const [k, v] of Object.entries(options)) {
    if (v === undefined || v === null) continue;
    if (k in FETCH_TOKENS) {
      if (k === "referrerPolicy" && v === "") continue; // the spec's "": the default
      if (!FETCH_TOKENS[k].includes(v)) {
        throw new TypeError(`request fetch.${k}: want one of ${FETCH_TOKENS[k].map((t) => `"${t}"`).join(", ")}, got ${JSON.stringify(v)}`);
      }
      out.push(k, v);
    } else if (FETCH_STRINGS.includes(k)) {
      out.push(k, str(`request fetch.${k}`, v));
    } else if (FETCH_BOOLEANS.includes(k)) {
      if (typeof v !== "boolean") throw new TypeError(`request fetch.${k}: want a boolean, got ${typeof v}`);
      out.push(k, String(v));
    } else {
      throw new TypeError(`request fetch: unknown option "${k}"`);
    }
  }
  return out;
}

// Header fields as name/value pairs, in order: a record of string or string[] values, or any
// iterable of [name, value] (a Headers object, an array of pairs).
function headerPairs(h) {
  if (h === undefined || h === null) return [];
  if (typeof h !== "object") throw new TypeError("request headers: want an object");
  const out = [];
  const add = (k, v) => {
    if (typeof v === "string") {
      out.push(k, v);
    } else if (Array.isArray(v) && v.every((x) => typeof x === "string")) {
      for (const x of v) out.push(k, x);
    } else {
      throw new TypeError(`request headers["${k}"]: want a string or an array of strings`);
    }
  };
  if (typeof h[Symbol.iterator] === "function") {
    for (const pair of h) {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "string") {
        throw new TypeError("request headers: want [name, value] pairs");
      }
      add(pair[0], pair[1]);
    }
  } else {
    for (const k of Object.keys(h)) add(k, h[k]);
  }
  return out;
}

function abortReason(signal) {
  return typeof signal.reason === "string" ? signal.reason : ""; // "": Go's "context canceled"
}

// The Java side keeps each exchange by id until its body ends or is closed; a body stream that is
// garbage collected unread is closed then.
const bodyReleasers = new Map();
function bodyReleaser(raw) {
  if (!bodyReleasers.has(raw)) {
    bodyReleasers.set(raw, new FinalizationRegistry((id) => raw.bodyClose(id)));
  }
  return bodyReleasers.get(raw);
}

const CHUNK = 65536;

// Validates synchronously (TypeError), then sends; the Promise settles with the response head.
function send(raw, method, url, headers, body, init) {
  if (url instanceof URL) url = url.href;
  str("request url", url);
  str("request method", method);
  const pairs = headerPairs(headers);
  const hasBody = body !== undefined && body !== null;
  const bytes = hasBody ? bytesOf(body, "request body") : new Uint8Array(0);
  const timeout = nonNegativeInt("request timeoutMs", init.timeoutMs ?? 0);
  const signal = init.signal ?? null;
  if (signal !== null && (typeof signal !== "object" || typeof signal.addEventListener !== "function"
      || typeof signal.aborted !== "boolean")) {
    throw new TypeError("request signal: want an AbortSignal");
  }
  const fetch = fetchPairs(init.fetch);

  const id = raw.requestOpen();
  let onAbort = null;
  const done = () => {
    if (onAbort !== null) signal.removeEventListener("abort", onAbort);
    onAbort = null;
  };
  if (signal !== null) {
    if (signal.aborted) {
      raw.requestAbort(id, abortReason(signal));
    } else {
      onAbort = () => raw.requestAbort(id, abortReason(signal));
      signal.addEventListener("abort", onAbort, { once: true });
    }
  }
  return raw.httpRequest(id, method, url, pack(pairs), int8(bytes), hasBody ? 1 : 0, timeout, pack(fetch))
    .then((json) => {
      let v;
      try {
        v = unwrap(json);
      } catch (e) {
        done();
        throw e;
      }
      return response(raw, v, done);
    });
}

function response(raw, info, done) {
  const { id } = info;
  let over = false; // the body ended, failed or was cancelled
  const finish = () => {
    over = true;
    done();
  };
  const body = new ReadableStream({
    async pull(controller) {
      const r = await raw.bodyRead(id, CHUNK);
      if (over) return;
      if (typeof r === "string") {
        const v = JSON.parse(r);
        finish();
        if ("error" in v) {
          raw.bodyClose(id);
          controller.error(new GonetError(v.error, v));
        } else {
          controller.close(); // {"eof": true}: Java has let go of it already
        }
        return;
      }
      controller.enqueue(new Uint8Array(r.buffer, r.byteOffset, r.length));
    },
    cancel() {
      finish();
      raw.bodyClose(id);
    },
  }, { highWaterMark: 0 });
  bodyReleaser(raw).register(body, id);

  const headers = Object.freeze(Object.fromEntries(
    Object.entries(info.headers).map(([k, v]) => [k, Object.freeze(v)])));
  let used = false; // bytes(), text(), json() or cancel() had the body
  async function bytes() {
    if (used || body.locked) throw new TypeError("body already used");
    used = true;
    const reader = body.getReader();
    const parts = [];
    let n = 0;
    for (;;) {
      const { done: end, value } = await reader.read();
      if (end) break;
      parts.push(value);
      n += value.length;
    }
    if (parts.length === 1) return parts[0];
    const all = new Uint8Array(n);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    return all;
  }
  return Object.freeze({
    status: info.status,
    statusText: info.statusText,
    headers,
    url: info.url,
    redirected: info.redirected,
    body,
    header(name) {
      const want = str("header name", name).toLowerCase();
      for (const k of Object.keys(headers)) {
        if (k.toLowerCase() === want) return headers[k][0] ?? null;
      }
      return null;
    },
    bytes,
    text: async () => new TextDecoder().decode(await bytes()),
    json: async () => JSON.parse(new TextDecoder().decode(await bytes())),
    cancel() {
      used = true;
      if (over) return;
      if (body.locked) {
        // Whoever holds the reader sees the body fail: the pending (or next) read rejects with
        // "http: read on closed response body".
        raw.bodyClose(id);
      } else {
        body.cancel();
      }
    },
  });
}

function initObject(name, init) {
  if (init === undefined) return {};
  if (init === null || typeof init !== "object") throw new TypeError(`${name}: want an init object`);
  return init;
}

// ---- capabilities ----

// The smallest module with a GC type (a struct with no fields): valid only where WASM-GC runs.
const WASM_GC_PROBE = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 3, 1, 0x5f, 0]);
function wasmGC() {
  try {
    return typeof WebAssembly === "object" && WebAssembly.validate(WASM_GC_PROBE);
  } catch {
    return false;
  }
}

function wrap(raw, bundle) {
  const ipInfo = (ip) => unwrap(raw.ipInfo(str("ipInfo", ip)));
  const ipContains = (cidr, ip) => unwrap(raw.ipContains(str("ipContains cidr", cidr), str("ipContains ip", ip))).contains;
  return Object.freeze({
    bundle,
    version: () => raw.version(),
    platform: () => raw.platform(),
    parseIP: (s) => raw.parseIP(str("parseIP", s)) ?? null,
    parseCIDR: (s) => unwrap(raw.parseCIDR(str("parseCIDR", s))),
    splitHostPort: (s) => unwrap(raw.splitHostPort(str("splitHostPort", s))),
    joinHostPort: (host, port) => raw.joinHostPort(str("joinHostPort host", host), str("joinHostPort port", String(port))),
    cidrMask: (ones, bits) => raw.cidrMask(int("cidrMask ones", ones), int("cidrMask bits", bits)) ?? null,
    ipContains,
    cidrContains: ipContains,
    ipInfo,
    ipIsPrivate: (ip) => ipInfo(ip).isPrivate,
    ipIsLoopback: (ip) => ipInfo(ip).isLoopback,
    ipIsGlobalUnicast: (ip) => ipInfo(ip).isGlobalUnicast,
    ipMask(ip, mask) {
      let m;
      if (typeof mask === "number") {
        m = String(nonNegativeInt("ipMask mask", mask));
      } else {
        m = str("ipMask mask", mask);
      }
      return unwrap(raw.ipMask(str("ipMask ip", ip), m)).ip ?? null;
    },
    cidrHosts: (cidr) => unwrap(raw.cidrHosts(str("cidrHosts", cidr))),
    dial(network, address, options = {}) {
      const timeout = options.timeoutMs ?? 0;
      const protocols = options.subprotocols ?? [];
      if (!Array.isArray(protocols) || protocols.some((p) => typeof p !== "string" || p.includes(","))) {
        throw new TypeError("dial subprotocols: want an array of tokens");
      }
      return raw.dial(str("dial network", network), str("dial address", address),
          int("dial timeoutMs", timeout), protocols.join(","))
        .then((json) => conn(raw, unwrap(json)));
    },
    setRelay: (url) => raw.setRelay(url === null || url === undefined ? "" : str("setRelay", url)),
    relay: () => raw.relay() ?? null,

    lookupHost: (host) => raw.lookupHost(str("lookupHost host", host)).then(unwrap),
    lookupIP: (network, host) => raw.lookupIP(str("lookupIP network", network), str("lookupIP host", host)).then(unwrap),
    lookupAddr: (addr) => raw.lookupAddr(str("lookupAddr addr", addr)).then(unwrap),
    lookupCNAME: (host) => raw.lookupCNAME(str("lookupCNAME host", host)).then((j) => unwrap(j).cname),
    setResolver: (options) => setResolver(raw, options),
    resolver: () => JSON.parse(raw.resolver()),

    request(init) {
      if (init === null || typeof init !== "object") throw new TypeError("request: want {url, method?, ...}");
      return send(raw, init.method ?? "GET", init.url, init.headers, init.body, init);
    },
    get(url, init) {
      const i = initObject("get", init);
      return send(raw, "GET", url, i.headers, null, i);
    },
    post(url, contentType, body, init) {
      const i = initObject("post", init);
      const pairs = headerPairs(i.headers).reduce((acc, x, k, all) => {
        if (k % 2 === 0 && x.toLowerCase() !== "content-type") acc.push([x, all[k + 1]]);
        return acc;
      }, []);
      pairs.push(["Content-Type", str("post contentType", contentType)]);
      return send(raw, "POST", url, pairs, body ?? null, i);
    },

    capabilities: () => Object.freeze({
      bundle,
      wasmGC: wasmGC(),
      webSocket: typeof globalThis.WebSocket === "function",
      webSocketStream: typeof globalThis.WebSocketStream === "function",
      fetch: typeof globalThis.fetch === "function",
      fetchUploadStreaming: raw.canStreamUploads() === 1,
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
      relay: raw.relay() ?? null,
    }),
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
  const url = new URL("./wasm-gc/gonet.wasm", import.meta.url);
  // In Node, TeaVM's loader opens its argument as a path (fs), so a file: URL becomes one;
  // node:url is imported only here, so browsers never load it.
  const where = url.protocol === "file:" ? (await import("node:url")).fileURLToPath(url) : url.href;
  const teavm = await runtime.load(where);
  return wrap(teavm.exports, "wasm");
}
