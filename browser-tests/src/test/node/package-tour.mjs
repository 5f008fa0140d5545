// The gonet package as a Node project gets it: run from a project that installed the packed
// tarball (`npm install ./gonet-VERSION.tgz`), against the demo server (JsPackageInNodeTest).
//
//   node package-tour.mjs http://127.0.0.1:PORT/
//
// Imports "gonet", loads the JS bundle and exercises every call of the API: the address
// helpers, DNS through the demo server's DoH endpoint (zone gonet.test), fetch calls against its
// /api endpoints, and sockets as far as this Node can: Node before 22 has no global WebSocket,
// so there dial("ws") must fail with a GonetError saying so plainly, and the tour says so. Every member of the
// loaded API is either exercised or named with the reason it is not: nothing is skipped in
// silence. Prints one line per check ("ok ..." / "FAIL ..."), then what was tested; exits 1 when
// any check failed.
import * as gonetModule from "gonet";
import { load, GonetError } from "gonet";
import { createRequire } from "node:module";
import { isDeepStrictEqual, inspect } from "node:util";

const base = process.argv[2];
if (!base || !base.startsWith("http://127.0.0.1:")) {
  console.error("usage: node package-tour.mjs http://127.0.0.1:PORT/");
  process.exit(2);
}
const wsBase = base.replace(/^http:/, "ws:");
const pkg = createRequire(import.meta.url)("gonet/package.json");
const nodeMajor = Number(process.versions.node.split(".")[0]);

let failures = 0;
let checks = 0;
const show = (v) => inspect(v, { depth: 4, breakLength: Infinity });

function ok(name, cond, detail = "") {
  checks++;
  if (cond) {
    console.log(`ok   ${name}`);
  } else {
    failures++;
    console.log(`FAIL ${name}${detail ? ": " + detail : ""}`);
  }
}

function eq(name, got, want) {
  ok(name, isDeepStrictEqual(got, want), `got ${show(got)}, want ${show(want)}`);
}

/** Runs f (sync or async); it must throw/reject with an error `test` accepts. */
async function fails(name, f, test) {
  let err = null;
  try {
    await f();
  } catch (e) {
    err = e;
  }
  if (err === null) {
    ok(name, false, "did not fail");
    return null;
  }
  const why = test(err);
  ok(name, why === true, `${why === false ? "unexpected error" : why}: ${describe(err)}`);
  return err;
}

const FIELDS = ["op", "net", "addr", "timeout", "notFound", "code", "reason", "canceled"];
function describe(e) {
  if (!(e instanceof Error)) return show(e);
  const fields = Object.fromEntries(FIELDS.filter((k) => k in e).map((k) => [k, e[k]]));
  return `${e.constructor?.name} ${e.name}: ${e.message} ${show(fields)}`;
}

/** A GonetError with these fields (message: a string to equal, or a RegExp). */
function gonetError(want) {
  return (e) => {
    if (!(e instanceof GonetError)) return "not a GonetError";
    if (!(e instanceof Error)) return "not an Error";
    for (const [k, v] of Object.entries(want)) {
      if (v instanceof RegExp ? !v.test(e[k]) : !isDeepStrictEqual(e[k], v)) {
        return `${k} is ${show(e[k])}, want ${v instanceof RegExp ? v : show(v)}`;
      }
    }
    return true;
  };
}

/** Every call the tour makes on the API goes through this, so it can tell what it left out. */
const used = new Set();
function tracked(api) {
  return new Proxy(api, {
    get(target, key, receiver) {
      used.add(key);
      return Reflect.get(target, key, receiver);
    },
  });
}
/** Members not exercised here, with the reason (printed; an unknown member is a failure). */
const notTested = new Map();

async function section(title, f) {
  console.log(`# ${title}`);
  try {
    await f();
  } catch (e) {
    ok(`${title}: no unexpected exception`, false, e instanceof Error ? `${describe(e)}\n${e.stack}` : show(e));
  }
}

// ---------------------------------------------------------------------------------------------
await section("the package", async () => {
  eq("module exports", Object.keys(gonetModule).sort(), ["GonetError", "load"]);
  eq("package name", pkg.name, "gonet");
  ok("GonetError is an Error class", typeof GonetError === "function" && GonetError.prototype instanceof Error);
  await fails("load({bundle: \"nope\"}) rejects", () => load({ bundle: "nope" }),
      (e) => e instanceof TypeError || "want a TypeError");
});

const raw = await load({ bundle: "js" });
const net = tracked(raw);
ok("load() again gives the same API", (await load()) === raw);

await section("identity", async () => {
  eq("bundle", net.bundle, "js");
  eq("version() is the package's", net.version(), pkg.version);
  ok("platform() is a name", typeof net.platform() === "string" && net.platform().length > 0, show(net.platform()));
});

await section("capabilities", async () => {
  const c = net.capabilities();
  eq("capabilities() members", Object.keys(c).sort(),
      ["bundle", "crossOriginIsolated", "fetch", "fetchUploadStreaming", "relay", "wasmGC", "webSocket", "webSocketStream"]);
  eq("capabilities().bundle", c.bundle, "js");
  eq("capabilities().fetch (Node has fetch)", c.fetch, true);
  eq("capabilities().webSocket is Node's", c.webSocket, typeof WebSocket === "function");
  eq("capabilities().relay", c.relay, null);
  for (const k of ["wasmGC", "webSocketStream", "fetchUploadStreaming", "crossOriginIsolated"]) {
    ok(`capabilities().${k} is a boolean`, typeof c[k] === "boolean", show(c[k]));
  }
});

await section("addresses", async () => {
  eq("parseIP v4-mapped", net.parseIP("::ffff:192.0.2.1"), "192.0.2.1");
  eq("parseIP v6", net.parseIP("2001:0db8:0:0::1"), "2001:db8::1");
  eq("parseIP invalid", net.parseIP("1.2.3"), null);
  eq("parseCIDR", net.parseCIDR("2001:db8::1/48"), { ip: "2001:db8::1", net: "2001:db8::/48" });
  await fails("parseCIDR invalid", () => net.parseCIDR("10.0.0.0/33"),
      gonetError({ name: "AddrException", message: "invalid CIDR address: 10.0.0.0/33" }));
  eq("splitHostPort", net.splitHostPort("[::1]:8080"), { host: "::1", port: "8080" });
  await fails("splitHostPort without port", () => net.splitHostPort("1.2.3.4"),
      gonetError({ name: "AddrException", message: "address 1.2.3.4: missing port in address",
        timeout: false, notFound: false, canceled: false, code: -1, reason: null }));
  eq("joinHostPort", net.joinHostPort("::1", 80), "[::1]:80");
  eq("cidrMask", net.cidrMask(20, 32), "fffff000");
  eq("cidrMask invalid", net.cidrMask(33, 32), null);
  eq("cidrContains", net.cidrContains("10.0.0.0/8", "10.1.2.3"), true);
  eq("ipContains", net.ipContains("10.0.0.0/8", "11.0.0.1"), false);
  eq("ipContains v6", net.ipContains("2001:db8::/32", "2001:db8:1::5"), true);
  await fails("ipContains bad CIDR", () => net.ipContains("10.0.0.0/33", "10.1.1.1"),
      gonetError({ message: "invalid CIDR address: 10.0.0.0/33" }));
  eq("ipInfo private v4", net.ipInfo("10.1.2.3"), {
    ip: "10.1.2.3", version: 4, isLoopback: false, isPrivate: true, isGlobalUnicast: true,
    isLinkLocalUnicast: false, isMulticast: false, isUnspecified: false,
  });
  eq("ipInfo link-local v6", net.ipInfo("fe80::1"), {
    ip: "fe80::1", version: 6, isLoopback: false, isPrivate: false, isGlobalUnicast: false,
    isLinkLocalUnicast: true, isMulticast: false, isUnspecified: false,
  });
  eq("ipInfo v4-mapped is v4", net.ipInfo("::ffff:127.0.0.1").version, 4);
  await fails("ipInfo not an IP", () => net.ipInfo("x"),
      gonetError({ name: "AddrException", message: "invalid IP address: x" }));
  eq("ipIsPrivate", [net.ipIsPrivate("192.168.1.1"), net.ipIsPrivate("fd00::1"), net.ipIsPrivate("8.8.8.8")], [true, true, false]);
  eq("ipIsLoopback", [net.ipIsLoopback("127.0.0.2"), net.ipIsLoopback("::1"), net.ipIsLoopback("10.0.0.1")], [true, true, false]);
  eq("ipIsGlobalUnicast", [net.ipIsGlobalUnicast("8.8.8.8"), net.ipIsGlobalUnicast("ff02::1"), net.ipIsGlobalUnicast("0.0.0.0")], [true, false, false]);
  await fails("ipIsPrivate not an IP", () => net.ipIsPrivate("nope"), gonetError({ name: "AddrException" }));
  eq("ipMask prefix length", net.ipMask("192.168.1.77", 24), "192.168.1.0");
  eq("ipMask dotted", net.ipMask("192.168.1.77", "255.255.0.0"), "192.168.0.0");
  eq("ipMask hex", net.ipMask("192.168.1.77", "ffffff00"), "192.168.1.0");
  eq("ipMask v6", net.ipMask("2001:db8:1:2::1", 32), "2001:db8::");
  eq("ipMask of the other length is null (Go: nil)", net.ipMask("2001:db8::1", "ffffff00"), null);
  const h = net.cidrHosts("192.168.1.0/24");
  eq("cidrHosts /24", { ...h }, {
    network: "192.168.1.0/24", mask: "ffffff00", ones: 24, bits: 32, first: "192.168.1.1", last: "192.168.1.254", count: "254",
  });
  const h31 = net.cidrHosts("10.0.0.0/31");
  eq("cidrHosts /31 (the whole range)", [h31.first, h31.last, h31.count], ["10.0.0.0", "10.0.0.1", "2"]);
  const h6 = net.cidrHosts("2001:db8::/64");
  eq("cidrHosts v6 count beyond 2^53", [h6.first, h6.last, h6.count, h6.ones, h6.bits],
      ["2001:db8::", "2001:db8::ffff:ffff:ffff:ffff", "18446744073709551616", 64, 128]);
  await fails("cidrHosts invalid", () => net.cidrHosts("nope"), gonetError({ name: "AddrException" }));
  await fails("a wrong argument type is a TypeError", () => net.parseIP(42), (e) => e instanceof TypeError || "want a TypeError");
});

await section("DNS over HTTPS (the demo server, zone gonet.test)", async () => {
  const endpoint = base + "dns-query";
  net.setResolver({ endpoints: [endpoint], timeoutMs: 5000 });
  eq("resolver() after setResolver", net.resolver(), { endpoints: [endpoint], timeoutMs: 5000 });
  eq("lookupHost", (await net.lookupHost("echo.gonet.test")).sort(), ["127.0.0.1", "::1"]);
  eq("lookupIP ip4", await net.lookupIP("ip4", "echo.gonet.test"), ["127.0.0.1"]);
  eq("lookupIP ip6", await net.lookupIP("ip6", "v6.gonet.test"), ["::1"]);
  eq("lookupIP ip (A only)", await net.lookupIP("ip", "v4.gonet.test"), ["127.0.0.1"]);
  eq("lookupCNAME (a chain of two)", await net.lookupCNAME("www.gonet.test"), "echo.gonet.test.");
  await fails("lookupHost of a name the zone lacks", () => net.lookupHost("nope.gonet.test"),
      gonetError({ name: "DNSException", op: "lookup", addr: "nope.gonet.test", notFound: true, timeout: false,
        message: /no such host/ }));
  await fails("lookupAddr (the zone has no PTR records: refused)", () => net.lookupAddr("127.0.0.1"),
      gonetError({ name: "DNSException", notFound: false }));
  await fails("setResolver with a non-http(s) endpoint is a TypeError", () => net.setResolver({ endpoints: ["ftp://x/"] }),
      (e) => e instanceof TypeError || "want a TypeError");
  net.setResolver(null);
  const d = net.resolver();
  ok("setResolver(null) restores the public endpoints",
      Array.isArray(d.endpoints) && d.endpoints.length > 0 && d.endpoints.every((u) => u.startsWith("https://")) &&
      typeof d.timeoutMs === "number", show(d));
});

await section("HTTP through fetch (the demo server's /api)", async () => {
  const textUrl = base + "api/text?s=hello";
  const r = await net.get(textUrl);
  eq("get status", [r.status, r.statusText], [200, "OK"]);
  eq("get url, redirected", [r.url, r.redirected], [textUrl, false]);
  eq("headers: Go's canonical keys, arrays of values", r.headers["Content-Type"], ["text/plain; charset=utf-8"]);
  eq("header() is case-insensitive", r.header("content-TYPE"), "text/plain; charset=utf-8");
  eq("header() of a missing field", r.header("X-Nothing-Here"), null);
  eq("text()", await r.text(), "hello");
  await fails("a second consumption rejects", () => r.text(),
      (e) => (e instanceof TypeError && /body already used/.test(e.message)) || "want TypeError body already used");

  const posted = await net.post(base + "api/echo", "application/json", JSON.stringify({ a: 1, b: ["x"] }));
  eq("post: method and content type reach the server",
      [posted.header("X-Echo-Method"), posted.header("X-Echo-Content-Type")], ["POST", "application/json"]);
  eq("post: json()", await posted.json(), { a: 1, b: ["x"] });

  const bin = new Uint8Array([0, 1, 2, 253, 254, 255]);
  const echoed = await net.post(base + "api/echo", "application/octet-stream", bin);
  eq("post bytes: bytes()", Array.from(await echoed.bytes()), Array.from(bin));
  const fromBuffer = await net.post(base + "api/echo", "application/octet-stream", bin.buffer);
  eq("post an ArrayBuffer", Array.from(await fromBuffer.bytes()), Array.from(bin));

  const inspected = await net.request({
    method: "PUT",
    url: base + "api/inspect?q=1",
    headers: { "X-One": "1", "x-many": ["a", "b"] },
    body: "abc",
    timeoutMs: 10000,
    fetch: { mode: "cors", credentials: "omit" },
  });
  const lines = (await inspected.text()).split("\n");
  // fetch joins a repeated field into one ("a, b"), as Headers.append does
  for (const want of ["PUT /api/inspect?q=1", "X-One: 1", "X-Many: a, b", "body-length: 3"]) {
    ok(`request: the server saw "${want}"`, lines.includes(want), show(lines));
  }

  const viaUrl = await net.get(new URL(base + "api/inspect"), { headers: new Headers([["X-From", "Headers"]]) });
  ok("get(URL) with a DOM Headers", (await viaUrl.text()).split("\n").includes("X-From: Headers"));
  const viaPairs = await net.request({ url: new URL(base + "api/inspect"), headers: [["X-Pair", "1"]] });
  ok("request with [name, value] pairs", (await viaPairs.text()).split("\n").includes("X-Pair: 1"));

  const notFound = await net.get(base + "api/status/404");
  eq("an error status resolves", [notFound.status, notFound.statusText, await notFound.text()], [404, "Not Found", "status 404"]);

  const redirected = await net.get(base + "api/redirect/2");
  eq("redirects followed", [redirected.status, redirected.redirected, redirected.url, await redirected.text()],
      [200, true, base + "api/redirect/0", "redirected"]);

  // The body streams: the first bytes are readable while the server holds the rest back.
  const id = "tour-" + process.pid + "-" + Date.now();
  const gated = await net.get(base + `api/gate/${id}?first=5&rest=7`);
  const reader = gated.body.getReader();
  let got = 0;
  while (got < 5) {
    const { value, done } = await reader.read();
    if (done) break;
    got += value.length;
  }
  eq("body: the first bytes before the gate opens", got, 5);
  eq("open the gate", (await net.get(base + `api/gate/${id}/open`)).status, 204);
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    got += value.length;
  }
  eq("body: all bytes after it opened", got, 12);

  const big = await net.get(base + "api/bytes?n=200000&chunked=1");
  const all = await big.bytes();
  let pattern = all.length === 200000;
  for (let i = 0; pattern && i < all.length; i++) pattern = all[i] === ((i * 31 + 7) & 0xff);
  ok("bytes(): 200000 chunked bytes, in order", pattern, `length ${all.length}`);

  const cancelled = await net.get(base + "api/bytes?n=1000000&chunked=1");
  ok("cancel() returns at once", cancelled.cancel() === undefined);

  const hang = base + "api/hang?ms=5000";
  await fails("timeoutMs", () => net.get(hang, { timeoutMs: 300 }),
      gonetError({ name: "ClientException", op: "Get", timeout: true, message: new RegExp(`^Get "${hang.replace(/[?.]/g, "\\$&")}"`) }));
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 200);
  await fails("signal: abort rejects with canceled", () => net.get(hang, { signal: ac.signal }),
      gonetError({ canceled: true }));
  await fails("a refused connection", () => net.get("http://127.0.0.1:1/"),
      gonetError({ name: "ClientException", op: "Get" }));
});

await section("sockets", async () => {
  net.setRelay(wsBase + "ws/relay");
  eq("setRelay/relay", net.relay(), wsBase + "ws/relay");
  net.setRelay(null);
  eq("setRelay(null) turns it off", net.relay(), null);
  const echo = wsBase + "ws/echo";
  let syncThrow = null;
  try {
    net.dial(42, echo);
  } catch (e) {
    syncThrow = e;
  }
  ok("dial checks its arguments at once (TypeError thrown, not a rejection)", syncThrow instanceof TypeError, show(syncThrow));
  if (typeof WebSocket !== "function") {
    console.log(`# Node ${process.version} has no global WebSocket: dial("ws") can only fail here; tested ` +
        "that it rejects with a GonetError, and everything else without sockets (Node 22+ also tests a WebSocket echo)");
    eq("capabilities().webSocket is false without one", net.capabilities().webSocket, false);
    const hostPort = new URL(echo).host;
    const e = await fails("dial ws without WebSocket", () => net.dial("ws", echo, { timeoutMs: 5000 }),
        gonetError({ name: "NetException", op: "dial", net: "ws", addr: hostPort, timeout: false,
          message: `dial ws ${hostPort}: this JavaScript environment has no WebSocket` }));
    if (e !== null) console.log(`#   it says: ${describe(e)}`);
    await fails("dial tcp without a relay", () => net.dial("tcp", "127.0.0.1:1"), gonetError({ op: "dial" }));
    notTested.set("Conn read/write/close/deadlines", `Node ${process.version} has no WebSocket (Node 22+ tests them)`);
    return;
  }
  const c = await net.dial("ws", echo, { timeoutMs: 5000, subprotocols: ["gonet.echo.v1"] });
  eq("dial ws: conn fields", [c.network, c.subprotocol], ["ws", "gonet.echo.v1"]);
  eq("write", await c.write("hello"), 5);
  let s = "";
  while (s.length < 5) s += new TextDecoder().decode(await c.read());
  eq("read the echo", s, "hello");
  c.setReadDeadline(Date.now() + 100);
  await fails("a passed read deadline", () => c.read(), gonetError({ timeout: true }));
  c.setDeadline(null);
  c.setWriteDeadline(null);
  eq("usable after the timeout", await c.write(new Uint8Array([1])), 1);
  c.close();
  await fails("read after close", () => c.read(), gonetError({ message: /use of closed network connection/ }));
});

await section("the WASM-GC bundle", async () => {
  const can = net.capabilities().wasmGC;
  if (!can) {
    console.log(`# Node ${process.version} cannot run WASM-GC (capabilities().wasmGC is false): the wasm bundle is ` +
        "tested in Chromium, here only that load() rejects");
    await fails("load wasm without WASM-GC", () => load({ bundle: "wasm" }), (e) => e instanceof Error || "want an Error");
    return;
  }
  const w = await load({ bundle: "wasm" });
  eq("wasm: bundle", w.bundle, "wasm");
  eq("wasm: parseIP", w.parseIP("::ffff:192.0.2.1"), "192.0.2.1");
  eq("wasm: same members as js", Object.keys(w).sort(), Object.keys(raw).sort());
  await fails("wasm: GonetError", () => w.splitHostPort("1.2.3.4"),
      gonetError({ name: "AddrException", message: "address 1.2.3.4: missing port in address" }));
});

await section("gonet/global is for pages, not Node", async () => {
  await import("gonet/global");
  ok("importing gonet/global defines globalThis.gonet", typeof globalThis.gonet?.load === "function");
  await fails("its load() says to use the module instead", () => globalThis.gonet.load(),
      (e) => /classic <script src=/.test(e.message) || "want the message naming <script src>");
});

// ---------------------------------------------------------------------------------------------
const members = Object.keys(raw);
const missed = members.filter((k) => !used.has(k));
ok("every member of the API was exercised", missed.length === 0, `not exercised: ${missed.join(", ")}`);
console.log(`# tested (${members.length - missed.length} of ${members.length}): ${members.filter((k) => used.has(k)).join(", ")}`);
for (const [what, why] of notTested) console.log(`# not tested here: ${what}: ${why}`);
console.log(`# ${checks} checks, ${failures} failed (Node ${process.version}, gonet ${pkg.version})`);
// The bundle keeps timers and FinalizationRegistry callbacks: end explicitly.
process.exit(failures === 0 ? 0 : 1);
