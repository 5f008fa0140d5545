// docs/websocket-browser.md "From JavaScript", as written there (DocsSamplesTest checks it is
// verbatim); DocsSamplesInChromiumTest imports this module in Chromium and asserts its `checks`.
import { load } from "/gonet/gonet.mjs";
const net = await load({ bundle: "wasm" });                  // or "js"
const c = await net.dial("ws", `ws://${location.host}/ws/echo`, { timeoutMs: 5000, subprotocols: ["gonet.echo.v1"] });
await c.write("hello");                                      // string (UTF-8), Uint8Array, ArrayBuffer
const bytes = await c.read();                                // Uint8Array, or null at EOF
c.setReadDeadline(Date.now() + 100);                         // Date, epoch ms, or null
try { await c.read(); } catch (e) { e.timeout; e.code; e.reason; e.message; }  // GonetError
c.close();

net.setRelay(`ws://${location.host}/ws/relay`);              // then: await net.dial("tcp", "127.0.0.1:7")

// ---- what the comments above claim ----
const again = await net.dial("ws", `ws://${location.host}/ws/echo`);
again.setReadDeadline(Date.now() + 100);
let timeout = null;
try { await again.read(); } catch (e) { timeout = { timeout: e.timeout, code: e.code, reason: e.reason, message: e.message }; }
again.close();
export const checks = {
  bundle: net.bundle,
  subprotocol: c.subprotocol,
  echoed: new TextDecoder().decode(bytes),
  timeout,
  relay: net.relay(),
};
