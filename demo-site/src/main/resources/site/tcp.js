import { describe, here, live, show, start, wsHere } from "./demo.js";
import { Terminal } from "./terminal.js";

start(async (net) => {
  const relay = wsHere("/ws/relay");
  net.setRelay(relay);
  document.getElementById("tcp-relay").textContent = net.relay();

  // Where the demo server's TCP echo listens: it says so at /api/services.
  const t0 = performance.now();
  const res = await net.get(here("/api/services"));
  const body = await res.bytes();
  live.received(body.length);
  live.op(performance.now() - t0);
  const services = JSON.parse(new TextDecoder().decode(body));
  const target = document.getElementById("tcp-target");
  const echo = document.getElementById("tcp-echo-addr");
  if (services.tcpEcho) {
    echo.textContent = `${services.tcpEcho} (loopback, on the relay's allowlist)`;
    target.value = services.tcpEcho;
  } else {
    echo.textContent = "not running (the server was started with --tcp-echo off)";
  }

  const term = new Terminal(document.getElementById("tcp-terminal"),
    () => net.dial("tcp", target.value.trim(), { timeoutMs: 5000 }));

  const denied = document.getElementById("tcp-denied-form");
  denied.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const out = denied.querySelector("output");
    show(out, "dialing…", true);
    try {
      const c = await net.dial("tcp", denied.elements.target.value.trim(), { timeoutMs: 5000 });
      c.close();
      live.op();
      show(out, `connected to ${c.remoteAddr}: the relay allows it`, true);
    } catch (e) {
      live.error(e);
      show(out, describe(e), false);
    }
  });

  if (services.tcpEcho) await term.connect();
});
