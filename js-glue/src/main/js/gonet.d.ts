// Types for gonet.mjs: Go's net package for JavaScript, over the JS or WASM-GC bundle.

/** Thrown for every gonet failure; `message` is Go's error text. */
export class GonetError extends Error {
  name: "GonetError";
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
}

/** Loads a bundle (once per page) and returns the API. */
export function load(options?: LoadOptions): Promise<Gonet>;
