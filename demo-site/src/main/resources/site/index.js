import { describe, el, live, show, start, wsHere } from "./demo.js";

// Dial the demo server's echo endpoint, write the text, read until all of it is back.
async function wsEcho(net, text) {
  const t0 = performance.now();
  const c = await net.dial("ws", wsHere("/ws/echo"), { timeoutMs: 5000 });
  try {
    const data = new TextEncoder().encode(text);
    c.setReadDeadline(Date.now() + 5000);
    live.sent(await c.write(data));
    const parts = [];
    let got = 0;
    while (got < data.length) {
      const b = await c.read();
      if (b === null) throw new Error("EOF after " + got + " bytes");
      live.received(b.length);
      parts.push(b);
      got += b.length;
    }
    live.op(performance.now() - t0);
    const all = new Uint8Array(got);
    let off = 0;
    for (const p of parts) { all.set(p, off); off += p.length; }
    return `echoed "${new TextDecoder().decode(all)}" (${c.network} ${c.localAddr}->${c.remoteAddr})`;
  } finally {
    c.close();
  }
}

async function run(net, op, a) {
  switch (op) {
    case "wsEcho":
      return wsEcho(net, a);
    case "parseIP": {
      const ip = net.parseIP(a);
      live.op();
      return ip === null ? "<nil> (not an IP address)" : ip;
    }
    case "splitHostPort": {
      const r = net.splitHostPort(a);
      live.op();
      return `host "${r.host}", port "${r.port}"`;
    }
  }
  throw new Error("unknown op " + op);
}

const CAPS = [
  ["bundle", "bundle"], ["wasmGC", "WebAssembly GC"], ["webSocket", "WebSocket"],
  ["webSocketStream", "WebSocketStream"], ["fetch", "fetch"], ["fetchUploadStreaming", "streaming uploads"],
  ["crossOriginIsolated", "cross-origin isolated"], ["relay", "TCP relay"],
];

start(async (net) => {
  const caps = net.capabilities();
  document.getElementById("caps").replaceChildren(...CAPS.map(([k, label]) => {
    const v = caps[k];
    const text = v === true ? "yes" : v === false ? "no" : v === null ? "none" : String(v);
    return el("div", { "data-key": k }, el("dt", { text: label }), el("dd", { text }));
  }), el("div", { "data-key": "version" }, el("dt", { text: "gonet" }), el("dd", { text: net.version() })));

  const forms = [...document.querySelectorAll("form[data-op]")];
  for (const form of forms) {
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const out = form.querySelector("output");
      try {
        show(out, await run(net, form.dataset.op, form.elements.a.value), true);
      } catch (e) {
        live.error(e);
        show(out, describe(e), false);
      }
    });
  }
  // answer the sample inputs right away
  for (const form of forms) form.requestSubmit();
});
