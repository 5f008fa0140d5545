// Types for gonet.mjs: Go's net package for JavaScript, over the JS or WASM-GC bundle.

/**
 * The Java exception types a GonetError's `name` reports; "GonetError" for any other failure.
 * "NetException" is Go's OpError, "ClientException" Go's url.Error (`Get "url": ...`),
 * "DNSException" Go's DNSError, "AddrException" Go's AddrError and ParseError, "HttpError" one of
 * net/http's sentinel errors (`context canceled`, ...), "CloseException" a WebSocket closed by
 * its peer.
 */
export type GonetErrorName =
  | "NetException" | "AddrException" | "DNSException" | "ClientException" | "HttpError"
  | "URLException" | "SentinelException" | "CloseException" | "WebSocketException"
  | "HandshakeException" | "DNSFormatException" | "ProtocolException" | "MaxBytesException"
  | "MinDataRateException" | "TLSException" | "GonetError";

/**
 * Thrown (or rejected with) for every gonet failure; `message` is Go's error text. Argument
 * mistakes (a number where a string belongs, an unknown option) are TypeErrors instead.
 */
export class GonetError extends Error {
  /** The Java exception's simple type name, e.g. "NetException"; "GonetError" for anything else. */
  name: GonetErrorName;
  /** Go's OpError.Op / url.Error.Op: "dial", "read", "write", "close", "lookup", "Get", "Post", ...; or null. */
  op: string | null;
  /** The network of an OpError: "ws", "wss", "tcp", ...; or null. */
  net: string | null;
  /** The remote address (OpError), the name looked up (DNSError), the URL (url.Error) or the bad address (AddrError); or null. */
  addr: string | null;
  /** Go's `Timeout()`: true for "i/o timeout", a DNS or client timeout ("context deadline exceeded"). */
  timeout: boolean;
  /** Go's `IsNotFound` of a DNSError in the chain: the name, or a record of the type asked, does not exist. */
  notFound: boolean;
  /** The WebSocket status behind the error (the peer's close code, e.g. 4000; 1006 for a drop), or -1. */
  code: number;
  /** The close reason sent with `code`, or null. */
  reason: string | null;
  /** The request was aborted (an AbortSignal; Go's `context.Canceled` in the chain). */
  canceled: boolean;
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

/** The resolver lookups use (`setResolver`), as `resolver()` reports it. */
export interface ResolverOptions {
  /**
   * DNS-over-HTTPS endpoints (RFC 8484), asked in order: absolute http(s) URLs, or URLs relative
   * to the page (e.g. "/dns-query"). The endpoint must allow the page's origin (CORS).
   */
  endpoints: string[];
  /** Per query and endpoint, in milliseconds; absent or 0: 5000 (Go's resolv.conf default). */
  timeoutMs?: number;
}

/**
 * What `fetch()` takes besides method, URL, header fields and body (gonet's `FetchOptions`);
 * an absent field leaves the browser's default. Values are the fetch spec's.
 */
export interface FetchOptions {
  mode?: "cors" | "no-cors" | "same-origin";
  credentials?: "omit" | "same-origin" | "include";
  cache?: "default" | "no-store" | "reload" | "no-cache" | "force-cache" | "only-if-cached";
  /** "follow" (the browser follows, at most 20), "error" (a redirect fails the request), "manual" (an opaque redirect, status 0). */
  redirect?: "follow" | "error" | "manual";
  /** The Referer the browser sends: a same-origin URL, "" for none, "about:client" for the page's own. */
  referrer?: string;
  referrerPolicy?: "" | "no-referrer" | "no-referrer-when-downgrade" | "origin" | "origin-when-cross-origin"
    | "same-origin" | "strict-origin" | "strict-origin-when-cross-origin" | "unsafe-url";
  /** Subresource integrity, e.g. "sha256-<base64>": a body that does not match fails the request. */
  integrity?: string;
  /** The request may outlive the page (at most 64 KiB of bodies in flight). */
  keepalive?: boolean;
  priority?: "high" | "low" | "auto";
  /**
   * Send the body as a stream (`duplex: "half"`) instead of one buffer. Chromium streams request
   * bodies only over HTTP/2 and later: over HTTP/1.1 the request fails, saying so.
   */
  streamingUpload?: boolean;
}

/** A request body: a string is sent as UTF-8. */
export type BodyInit = string | Uint8Array | ArrayBuffer | ArrayBufferView;

/** What `request` sends; `get` and `post` take the same fields but method, url and body. */
export interface RequestInit {
  /** "GET" by default. */
  method?: string;
  /** An absolute http(s) URL, or one relative to the page. */
  url: string | URL;
  /**
   * Header fields; a field may repeat (an array). Fields the browser sets itself (Cookie,
   * Referer, Host, Content-Length, Origin, ...) fail the request with a GonetError saying what
   * to use instead.
   */
  headers?: Record<string, string | string[]> | Iterable<[string, string]>;
  /** The body, or null/absent for none (GET and HEAD cannot carry one). */
  body?: BodyInit | null;
  /**
   * Go's `Client.Timeout`, in milliseconds: the whole exchange, body included; 0 or absent: no
   * limit. Expiry rejects (or fails the body's pending read) with a GonetError whose `timeout`
   * is true: `Get "url": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`.
   */
  timeoutMs?: number;
  /**
   * Aborts the request, before the answer or while its body is read: the promise, or the
   * pending body read, rejects with a GonetError whose `canceled` is true ("context canceled",
   * or the signal's reason when it is a string).
   */
  signal?: AbortSignal | null;
  /** The browser's fetch options. */
  fetch?: FetchOptions;
}

export type RequestOptions = Omit<RequestInit, "method" | "url" | "body">;

/**
 * The answer to `request`, once its head has come. The body streams: read it once, through
 * `body`, or `bytes()`, `text()` or `json()`; a second consumption rejects with a TypeError
 * ("body already used"). A body left unread is closed when the response is garbage collected;
 * `cancel()` closes it at once.
 */
export interface GonetResponse {
  /** The status code; 0 for an opaque response (mode "no-cors" across origins, redirect "manual"). */
  readonly status: number;
  /** The reason phrase, e.g. "OK" (Go's text when the protocol carries none). */
  readonly statusText: string;
  /**
   * The header fields the browser shows the page, Go's canonical keys ("Content-Type"); a
   * cross-origin response shows only the CORS-safelisted and exposed ones.
   */
  readonly headers: Readonly<Record<string, readonly string[]>>;
  /** The final URL, after redirects. */
  readonly url: string;
  /** Whether the browser followed a redirect. */
  readonly redirected: boolean;
  /** The body, chunk by chunk: the first bytes are readable before the last arrive. */
  readonly body: ReadableStream<Uint8Array>;
  /** The first value of the field `name` (any case), or null. */
  header(name: string): string | null;
  /** The whole body. */
  bytes(): Promise<Uint8Array>;
  /** The whole body as UTF-8 text. */
  text(): Promise<string>;
  /** The whole body parsed as JSON. */
  json(): Promise<any>;
  /** Closes the body: a pending read fails ("http: read on closed response body"). */
  cancel(): void;
}

/** What the page and this bundle can do. */
export interface Capabilities {
  /** The bundle this API runs on. */
  bundle: "js" | "wasm";
  /** The engine can run WebAssembly-GC (the "wasm" bundle). */
  wasmGC: boolean;
  /** `WebSocket` exists (dial "ws"/"wss"). */
  webSocket: boolean;
  /** `WebSocketStream` exists. */
  webSocketStream: boolean;
  /** `fetch` exists (request, get, post, DNS over HTTPS). */
  fetch: boolean;
  /** `fetch` can send a stream as a request body (`fetch.streamingUpload`; HTTP/2 and later). */
  fetchUploadStreaming: boolean;
  /** The page is cross-origin isolated (COOP and COEP). */
  crossOriginIsolated: boolean;
  /** The relay `dial("tcp")` goes through (`setRelay`), or null. */
  relay: string | null;
}

/** Go's IP methods for one address (`ipInfo`). */
export interface IPInfo {
  /** Go's String(): "192.0.2.1" for "::ffff:192.0.2.1". */
  ip: string;
  /** 4 for an IPv4 address (also in its IPv4-mapped IPv6 form), else 6. */
  version: 4 | 6;
  isLoopback: boolean;
  /** RFC 1918 and RFC 4193 (fc00::/7). */
  isPrivate: boolean;
  isGlobalUnicast: boolean;
  isLinkLocalUnicast: boolean;
  isMulticast: boolean;
  isUnspecified: boolean;
}

/** A CIDR network's range (`cidrHosts`). */
export interface CIDRHosts {
  /** Go's IPNet.String(), e.g. "192.0.2.0/24". */
  network: string;
  /** Go's IPMask.String(): hex, e.g. "ffffff00". */
  mask: string;
  /** The prefix length. */
  ones: number;
  /** 32 or 128. */
  bits: number;
  /** The first usable address: for IPv4 up to /30 the one after the network address; else the network address. */
  first: string;
  /** The last usable address: for IPv4 up to /30 the one before the broadcast address; else the last of the range. */
  last: string;
  /** How many usable addresses, in decimal (an IPv6 count exceeds 2^53). */
  count: string;
}

export interface LoadOptions {
  /** Which TeaVM bundle to load: plain JavaScript (default) or WebAssembly-GC. */
  bundle?: "js" | "wasm";
}

/**
 * The API over one bundle. Calls that wait return Promises and reject with a GonetError;
 * calls that do not wait return at once and throw it. Arguments of the wrong type throw a
 * TypeError at once, from Promise-returning calls too.
 */
export interface Gonet {
  readonly bundle: "js" | "wasm";
  version(): string;
  /** The platform the bundle runs on ("browser"). */
  platform(): string;
  /** What this page and bundle can do. */
  capabilities(): Capabilities;

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
  /**
   * Go's IPNet.Contains: whether the network of `cidr` contains `ip`; throws GonetError
   * ("invalid CIDR address: x", "invalid IP address: x").
   */
  ipContains(cidr: string, ip: string): boolean;
  /** The same as `ipContains` (its earlier name). */
  cidrContains(cidr: string, ip: string): boolean;
  /** Go's IP methods for `ip`; throws GonetError (AddrException "invalid IP address: x"). */
  ipInfo(ip: string): IPInfo;
  /** Go's IP.IsPrivate; throws GonetError for a non-IP. */
  ipIsPrivate(ip: string): boolean;
  /** Go's IP.IsLoopback; throws GonetError for a non-IP. */
  ipIsLoopback(ip: string): boolean;
  /** Go's IP.IsGlobalUnicast; throws GonetError for a non-IP. */
  ipIsGlobalUnicast(ip: string): boolean;
  /**
   * Go's IP.Mask(mask).String(). `mask` is a prefix length (0-32 for an IPv4 address, 0-128
   * otherwise), Go's hex form ("ffffff00"), or an address form ("255.255.255.0",
   * "ffff:ffff::"). null where Go's result is nil (a mask of the other length); throws
   * GonetError for a bad IP or mask.
   */
  ipMask(ip: string, mask: number | string): string | null;
  /** The range of a CIDR network; throws GonetError ("invalid CIDR address: x"). */
  cidrHosts(cidr: string): CIDRHosts;

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

  /**
   * Go's LookupHost through the page's DNS-over-HTTPS resolver: the addresses, IPv4 first.
   * Rejects with a DNSException GonetError: `lookup nx.example on https://...: no such host`
   * (`notFound` true), or a timeout (`timeout` true).
   */
  lookupHost(host: string): Promise<string[]>;
  /** Go's LookupIP: "ip" both families, "ip4" or "ip6" one. */
  lookupIP(network: "ip" | "ip4" | "ip6", host: string): Promise<string[]>;
  /** Go's LookupAddr: the names of an address (PTR), each ending in a dot. */
  lookupAddr(addr: string): Promise<string[]>;
  /** Go's LookupCNAME: the canonical name at the end of the CNAME chain, ending in a dot. */
  lookupCNAME(host: string): Promise<string>;
  /**
   * Sets the page's resolver, for lookups and for the host names of `ws` dials; null brings
   * back the default (public endpoints: Cloudflare, then Google). Throws a TypeError for an
   * endpoint that is not an http(s) URL.
   */
  setResolver(options: ResolverOptions | null): void;
  /** The resolver lookups use: its absolute endpoints and timeout. */
  resolver(): Required<ResolverOptions>;

  /**
   * An HTTP request through gonet's Client over the browser's fetch. Resolves once the head
   * has come; rejects with a GonetError (usually a ClientException, `Get "url": ...`).
   */
  request(init: RequestInit): Promise<GonetResponse>;
  /** `request({...options, method: "GET", url})`. */
  get(url: string | URL, options?: RequestOptions): Promise<GonetResponse>;
  /** `request({...options, method: "POST", url, body})` with `Content-Type: contentType`. */
  post(url: string | URL, contentType: string, body: BodyInit | null, options?: RequestOptions): Promise<GonetResponse>;
}

/** Loads a bundle (once per page) and returns the API. */
export function load(options?: LoadOptions): Promise<Gonet>;
