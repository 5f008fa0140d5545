// Every call of gonet's JS API, as a TypeScript user writes it against the installed package
// ("gonet" resolved through its package.json exports to gonet.d.ts). JsPackageInNodeTest
// type-checks it with `tsc --noEmit --strict` (tsconfig.json beside it); it is never run.
// The annotations state the types the API promises (docs: /work/spec12.md's shape); the
// `@ts-expect-error` lines are misuses the types must reject (tsc fails if one compiles).
import { load, GonetError } from "gonet";
import type { Conn, Gonet, LoadOptions } from "gonet";

const options: LoadOptions = { bundle: "wasm" };
const net: Gonet = await load(options);
const js: Gonet = await load();
const which: "js" | "wasm" = net.bundle;
const version: string = js.version();
const platform: string = net.platform();

// --- errors --------------------------------------------------------------------------------
function explain(e: unknown): string {
  if (!(e instanceof GonetError)) return String(e);
  const err: Error = e;
  const name: string = e.name;
  const message: string = e.message;
  const op: string | null = e.op;
  const network: string | null = e.net;
  const addr: string | null = e.addr;
  const timeout: boolean = e.timeout;
  const notFound: boolean = e.notFound;
  const code: number = e.code;
  const reason: string | null = e.reason;
  const canceled: boolean = e.canceled;
  return [err.stack, name, message, op, network, addr, timeout, notFound, code, reason, canceled].join(" ");
}

// --- capabilities --------------------------------------------------------------------------
const caps = net.capabilities();
const capsBundle: "js" | "wasm" = caps.bundle;
const flags: boolean[] = [caps.wasmGC, caps.webSocket, caps.webSocketStream, caps.fetch,
  caps.fetchUploadStreaming, caps.crossOriginIsolated];
const capsRelay: string | null = caps.relay;

// --- addresses (Go's net) ------------------------------------------------------------------
const ip: string | null = net.parseIP("::ffff:192.0.2.1");
const cidr: { ip: string; net: string } = net.parseCIDR("2001:db8::1/48");
const hp: { host: string; port: string } = net.splitHostPort("[::1]:8080");
const joined: string = net.joinHostPort("::1", 8080) + net.joinHostPort("example.com", "https");
const mask: string | null = net.cidrMask(20, 32);
const inside: boolean = net.cidrContains("10.0.0.0/8", "10.1.2.3") && net.ipContains("10.0.0.0/8", "10.1.2.3");
const info = net.ipInfo("fe80::1");
const infoIp: string = info.ip;
const ipVersion: 4 | 6 = info.version;
const kinds: boolean[] = [info.isLoopback, info.isPrivate, info.isGlobalUnicast, info.isLinkLocalUnicast,
  info.isMulticast, info.isUnspecified];
const classes: boolean[] = [net.ipIsPrivate("192.168.1.1"), net.ipIsLoopback("::1"), net.ipIsGlobalUnicast("8.8.8.8")];
const masked: Array<string | null> = [net.ipMask("192.168.1.77", 24), net.ipMask("192.168.1.77", "255.255.255.0"),
  net.ipMask("192.168.1.77", "ffffff00"), net.ipMask("2001:db8::1", "ffff:ffff::")];
const hosts = net.cidrHosts("192.168.1.0/24");
const hostsText: string[] = [hosts.network, hosts.mask, hosts.first, hosts.last];
const hostBits: number = hosts.ones + hosts.bits;
const count: bigint = BigInt(hosts.count); // a decimal string: IPv6 counts exceed 2^53

// --- DNS over HTTPS ------------------------------------------------------------------------
net.setResolver({ endpoints: ["/dns-query", "https://dns.google/dns-query"], timeoutMs: 3000 });
net.setResolver({ endpoints: ["https://cloudflare-dns.com/dns-query"] });
const resolver: { endpoints: string[]; timeoutMs: number } = net.resolver();
const addrs: string[] = await net.lookupHost("echo.gonet.test");
const ips: string[] = [
  ...(await net.lookupIP("ip", "echo.gonet.test")),
  ...(await net.lookupIP("ip4", "echo.gonet.test")),
  ...(await net.lookupIP("ip6", "echo.gonet.test")),
];
const names: string[] = await net.lookupAddr("127.0.0.1");
const canonical: string = await net.lookupCNAME("www.gonet.test");
net.setResolver(null);
try {
  await net.lookupHost("nope.gonet.test");
} catch (e) {
  if (e instanceof GonetError && e.notFound) console.log("no such host");
}

// --- HTTP through fetch --------------------------------------------------------------------
const ac = new AbortController();
const res = await net.request({
  method: "PUT",
  url: "/api/inspect",
  headers: { "X-One": "1", "X-Many": ["a", "b"] },
  body: "text",
  timeoutMs: 5000,
  signal: ac.signal,
  fetch: {
    mode: "cors",
    credentials: "include",
    cache: "no-store",
    redirect: "follow",
    referrer: "",
    referrerPolicy: "no-referrer",
    integrity: "",
    keepalive: false,
    priority: "high",
    streamingUpload: false,
  },
});
const status: number = res.status;
const statusText: string = res.statusText;
const headers: Readonly<Record<string, readonly string[]>> = res.headers;
const finalUrl: string = res.url;
const redirected: boolean = res.redirected;
const contentType: string | null = res.header("content-type");
const text: string = await res.text();
const bodies: Array<string | Uint8Array | ArrayBuffer | ArrayBufferView | null> = [
  "s", new Uint8Array(1), new ArrayBuffer(1), new DataView(new ArrayBuffer(1)), new Int16Array(1), null,
];
for (const body of bodies) {
  await net.request({ url: "/api/echo", method: "POST", body });
}
await net.request({ url: "/api/text?s=minimal" });
await net.request({ url: new URL("https://example.com/api"), headers: new Headers({ Accept: "text/plain" }) });
await net.get(new URL("/api/text", "https://example.com"), { headers: [["X-Pair", "1"]] });

const got = await net.get("/api/bytes?n=100", { timeoutMs: 1000, headers: { Accept: "*/*" } });
const stream: ReadableStream<Uint8Array> = got.body;
const reader = stream.getReader();
for (let r = await reader.read(); !r.done; r = await reader.read()) {
  const chunk: Uint8Array = r.value;
  console.log(chunk.length);
}
const posted = await net.post("/api/echo", "application/json", JSON.stringify({ a: 1 }), { signal: ac.signal });
const parsed: unknown = await posted.json();
const bytes: Uint8Array = await (await net.post("/api/echo", "application/octet-stream", new Uint8Array([1, 2]))).bytes();
await net.post("/api/echo", "text/plain", "x");
await net.post("/api/echo", "application/octet-stream", new ArrayBuffer(2));
(await net.get("/api/bytes?n=1000000")).cancel();
ac.abort();

// --- sockets -------------------------------------------------------------------------------
net.setRelay("ws://127.0.0.1:8080/ws/relay");
const relay: string | null = net.relay();
net.setRelay(null);
async function echo(n: Gonet): Promise<string> {
  const c: Conn = await n.dial("ws", "ws://127.0.0.1:8080/ws/echo", { timeoutMs: 2000, subprotocols: ["gonet.echo.v1"] });
  const fields: string[] = [c.network, c.localAddr, c.remoteAddr, c.subprotocol];
  const written: number = await c.write("hello") + await c.write(new Uint8Array([1])) + await c.write(new ArrayBuffer(1));
  c.setDeadline(Date.now() + 1000);
  c.setReadDeadline(new Date(Date.now() + 1000));
  c.setWriteDeadline(null);
  const data: Uint8Array | null = await c.read(1024);
  const more: Uint8Array | null = await c.read();
  c.close(4000, "done");
  (await n.dial("tcp", "127.0.0.1:5432")).close();
  return fields.join() + written + (data === null ? "EOF" : new TextDecoder().decode(data)) + String(more);
}

// --- misuses the types reject --------------------------------------------------------------
// @ts-expect-error: there is no "node" bundle
await load({ bundle: "node" });
// @ts-expect-error: parseIP takes a string
net.parseIP(42);
// @ts-expect-error: parseIP may answer null
const notNull: string = net.parseIP("x");
// @ts-expect-error: lookupIP's network is "ip", "ip4" or "ip6"
await net.lookupIP("tcp", "example.com");
// @ts-expect-error: a request needs a url
await net.request({ method: "GET" });
// @ts-expect-error: header values are strings or arrays of strings
await net.get("/", { headers: { "X-N": 1 } });
// @ts-expect-error: a body is bytes or text, not an object
await net.post("/", "application/json", { a: 1 });
// @ts-expect-error: status is a number
const statusText2: string = res.status;
// @ts-expect-error: headers hold arrays of values
const single: Record<string, string> = res.headers;
// @ts-expect-error: ipMask may answer null
const maskedText: string = net.ipMask("::1", 8);
// @ts-expect-error: setResolver takes {endpoints}
net.setResolver({ timeoutMs: 1 });
// @ts-expect-error: the count is a decimal string, not a number
const n: number = net.cidrHosts("::/0").count;
// @ts-expect-error: GonetError's op may be null
function opOf(e: GonetError): string { return e.op; }
// @ts-expect-error: no such call
net.listen("tcp", ":80");

console.log(which, version, platform, explain(null), capsBundle, flags, capsRelay, ip, cidr, hp, joined, mask,
  inside, infoIp, ipVersion, kinds, classes, masked, hostsText, hostBits, count, resolver, addrs, ips, names,
  canonical, status, statusText, headers, finalUrl, redirected, contentType, text, parsed, bytes, relay, echo,
  notNull, statusText2, single, maskedText, n, opOf);
