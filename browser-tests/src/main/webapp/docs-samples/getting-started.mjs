// docs/getting-started.md "JavaScript", as written there (DocsSamplesTest checks it is verbatim);
// DocsSamplesInChromiumTest imports this module in Chromium and asserts its `checks` and what it
// logs.
import { load, GonetError } from "/gonet/gonet.mjs";
const net = await load({ bundle: "wasm" });        // or "js"; both behave the same

const c = await net.dial("ws", `ws://${location.host}/ws/echo`);
await c.write("hello");
const bytes = await c.read();                      // Uint8Array, null at EOF
c.close();

net.setResolver({ endpoints: ["/dns-query"] });          // the demo server's DoH endpoint; default: public resolvers
const addrs = await net.lookupHost("echo.gonet.test");   // DNS over HTTPS: ["127.0.0.1", "::1"]
const resp = await net.get("/api/text?s=hi");            // gonet's Client over fetch
console.log(resp.status, await resp.text());             // 200 hi
try {
  net.splitHostPort("1.2.3.4");
} catch (e) {
  if (e instanceof GonetError) console.log(e.name, e.message);  // AddrException address 1.2.3.4: missing port in address
}

// ---- what the comments above claim ----
export const checks = {
  bundle: net.bundle,
  echoed: new TextDecoder().decode(bytes),
  addrs,
  resolver: net.resolver().endpoints,
};
