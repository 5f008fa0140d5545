// README.md "From JavaScript", as written there (DocsSamplesTest checks it is verbatim);
// DocsSamplesInChromiumTest imports this module in Chromium and asserts its `checks`.
import { load } from "/gonet/gonet.mjs";           // the demo server serves the package under /gonet/
const net = await load({ bundle: "wasm" });        // or "js"
net.parseIP("::ffff:192.0.2.1");                   // "192.0.2.1"
net.splitHostPort("[::1]:8080");                   // {host: "::1", port: "8080"}; "1.2.3.4" throws GonetError
                                                   // ("address 1.2.3.4: missing port in address")

const c = await net.dial("ws", `ws://${location.host}/ws/echo`);  // a Conn over the browser's WebSocket
await c.write("hello");
const bytes = await c.read();                      // Uint8Array (null at EOF)
c.setReadDeadline(Date.now() + 100);               // then read() rejects with e.timeout === true
c.close();

// ---- what the comments above claim ----
import { GonetError } from "/gonet/gonet.mjs";
const fail = (f) => {
  try { f(); return "no error"; } catch (e) { return { gonetError: e instanceof GonetError, message: e.message }; }
};
const again = await net.dial("ws", `ws://${location.host}/ws/echo`);
again.setReadDeadline(Date.now() + 100);
let timeout = "no error";
try { await again.read(); } catch (e) { timeout = e.timeout; }
again.close();
export const checks = {
  bundle: net.bundle,
  parseIP: net.parseIP("::ffff:192.0.2.1"),
  splitHostPort: net.splitHostPort("[::1]:8080"),
  missingPort: fail(() => net.splitHostPort("1.2.3.4")),
  echoed: new TextDecoder().decode(bytes),
  timeout,
};
