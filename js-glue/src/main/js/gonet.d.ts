// Types for gonet.mjs: Go's net package for JavaScript, over the JS or WASM-GC bundle.

/** Thrown for every gonet failure; `message` is Go's error text. */
export class GonetError extends Error {
  name: "GonetError";
  /** Go's `Timeout()`: true for "i/o timeout" (a passed deadline or dial timeout). */
  timeout: boolean;
  /** The WebSocket status behind the error (the peer's close code, e.g. 4000; 1006 for a drop), or -1. */
  code: number;
  /** The close reason sent with `code`, or null. */
  reason: string | null;
}

/** A deadline: a Date, epoch milliseconds, or null for none. */
export type Deadline = Date | number | null;

/**
 * A connection (Go's `net.Conn`) from `dial`. Reads and writes return Promises and may be
 * pending at the same time; a deadline that passes rejects the pending call with a
 * `GonetError` whose `timeout` is true and leaves the connection usable (data that arrives
 * later is read next).
 */
export interface Conn {
  /** "ws", "wss", or "tcp" for a relayed TCP connection. */
  readonly network: string;
  /** "browser": a page is not told its own socket address. */
  readonly localAddr: string;
  /** The peer's host:port (the URL's for ws/wss, the TCP target's through a relay). */
  readonly remoteAddr: string;
  /** The WebSocket subprotocol the server chose, or "". */
  readonly subprotocol: string;
  /**
   * Resolves with the next bytes (at most `max`, default 65536), across message boundaries, or
   * null at end of stream (the peer closed with 1000 or 1001). Rejects with a GonetError for any
   * other close (`code`, `reason`), a timeout, or after `close()` ("use of closed network connection").
   */
  read(max?: number): Promise<Uint8Array | null>;
  /**
   * Sends the bytes (a string as UTF-8) as one binary message (split at 1 MiB); resolves with the
   * byte count once the browser has queued them, waiting while more than 1 MiB is queued.
   */
  write(data: Uint8Array | ArrayBuffer | ArrayBufferView | string): Promise<number>;
  /**
   * Closes with `code` (1000 by default; a browser may send 1000 or 3000-4999) and `reason`;
   * pending calls reject with "use of closed network connection". Throws when already closed.
   */
  close(code?: number, reason?: string): void;
  setDeadline(t: Deadline): void;
  setReadDeadline(t: Deadline): void;
  setWriteDeadline(t: Deadline): void;
}

export interface DialOptions {
  /** Give up after this many milliseconds ("i/o timeout"); 0 or absent: no limit. */
  timeoutMs?: number;
  /** WebSocket subprotocols to offer, in order of preference. */
  subprotocols?: string[];
}

export interface LoadOptions {
  /** Which TeaVM bundle to load: plain JavaScript (default) or WebAssembly-GC. */
  bundle?: "js" | "wasm";
}

export interface Gonet {
  readonly bundle: "js" | "wasm";
  version(): string;
  /** The platform the bundle runs on ("browser"). */
  platform(): string;
  /** Go's ParseIP(s).String(): the canonical text, or null when `s` is not an IP. */
  parseIP(s: string): string | null;
  /** Go's ParseCIDR: `{ip: "192.0.2.1", net: "192.0.2.0/24"}`; throws GonetError ("invalid CIDR address: ..."). */
  parseCIDR(s: string): { ip: string; net: string };
  /** Go's SplitHostPort; throws GonetError ("address x: missing port in address", ...). */
  splitHostPort(hostport: string): { host: string; port: string };
  /** Go's JoinHostPort: brackets hosts that contain a colon. */
  joinHostPort(host: string, port: string | number): string;
  /** Go's CIDRMask(ones, bits).String() (hex), or null when invalid. */
  cidrMask(ones: number, bits: number): string | null;
  /** Whether the network of `cidr` contains `ip`; throws GonetError on bad input. */
  cidrContains(cidr: string, ip: string): boolean;
  /**
   * Go's `net.Dial`. `"ws"`/`"wss"` with a URL (`ws://host:port/path`) open a browser WebSocket;
   * `"tcp"` with `host:port` works only through a relay (`setRelay`). Everything else, and a
   * failed dial, rejects with a GonetError ("dial ws 127.0.0.1:8080: ...").
   */
  dial(network: "ws" | "wss" | "tcp" | "tcp4" | "tcp6" | string, address: string, options?: DialOptions): Promise<Conn>;
  /**
   * Opts the page in to TCP through a websockify-style relay (e.g. "ws://host/ws/relay"):
   * `dial("tcp", "host:port")` then opens `relay?target=host:port`. null turns it off.
   */
  setRelay(url: string | null): void;
  /** The relay URL, or null when TCP dials are off. */
  relay(): string | null;
}

/** Loads a bundle (once per page) and returns the API. */
export function load(options?: LoadOptions): Promise<Gonet>;
