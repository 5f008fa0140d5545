// gonet for JavaScript: one API over either bundle.
//
//   import { load } from "./gonet/gonet.mjs";
//   const net = await load({ bundle: "wasm" });   // or "js" (the default)
//   net.parseIP("::ffff:192.0.2.1")                // "192.0.2.1"
//
// Both bundles are compiled by TeaVM from the same Java code and must give the same answers.
// Errors carry Go's text, e.g. "address 1.2.3.4: missing port in address".

/** Thrown for every gonet failure; `message` is Go's error text. */
export class GonetError extends Error {
  constructor(message) {
    super(message);
    this.name = "GonetError";
  }
}

function unwrap(json) {
  const v = JSON.parse(json);
  if (v !== null && typeof v === "object" && "error" in v) {
    throw new GonetError(v.error);
  }
  return v;
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
