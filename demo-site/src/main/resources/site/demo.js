import { load } from "./gonet/gonet.mjs";

const status = document.getElementById("bundle-status");
let net = null;

async function choose(bundle) {
  status.textContent = `loading ${bundle}…`;
  const t0 = performance.now();
  try {
    net = await load({ bundle });
    status.textContent = `${bundle} bundle ready in ${Math.round(performance.now() - t0)} ms (platform: ${net.platform()})`;
    document.body.dataset.bundle = bundle;
    // answer the sample inputs right away, with the bundle just chosen
    for (const form of document.querySelectorAll("form[data-op]")) {
      form.requestSubmit();
    }
  } catch (e) {
    status.textContent = `could not load the ${bundle} bundle: ${e}`;
  }
}

function show(out, text, ok) {
  out.textContent = text;
  out.className = ok ? "ok" : "err";
}

// Dial the demo server's echo endpoint, write the text, read until all of it is back.
async function wsEcho(text) {
  const c = await net.dial("ws", `ws://${location.host}/ws/echo`, { timeoutMs: 5000 });
  try {
    const want = new TextEncoder().encode(text).length;
    c.setReadDeadline(Date.now() + 5000);
    await c.write(text);
    const parts = [];
    let got = 0;
    while (got < want) {
      const b = await c.read();
      if (b === null) throw new Error("EOF after " + got + " bytes");
      parts.push(b);
      got += b.length;
    }
    const all = new Uint8Array(got);
    let off = 0;
    for (const p of parts) { all.set(p, off); off += p.length; }
    return `echoed "${new TextDecoder().decode(all)}" (${c.network} ${c.localAddr}->${c.remoteAddr})`;
  } finally {
    c.close();
  }
}

async function run(op, a, b) {
  switch (op) {
    case "wsEcho":
      return wsEcho(a);
    case "parseIP": {
      const ip = net.parseIP(a);
      return ip === null ? "<nil> (not an IP address)" : ip;
    }
    case "parseCIDR": {
      const r = net.parseCIDR(a);
      return `ip ${r.ip}, net ${r.net}`;
    }
    case "splitHostPort": {
      const r = net.splitHostPort(a);
      return `host "${r.host}", port "${r.port}"`;
    }
    case "joinHostPort":
      return net.joinHostPort(a, b);
    case "cidrContains":
      return String(net.cidrContains(a, b));
  }
  throw new Error("unknown op " + op);
}

for (const form of document.querySelectorAll("form[data-op]")) {
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const out = form.querySelector("output");
    if (!net) {
      show(out, "bundle not loaded yet", false);
      return;
    }
    try {
      show(out, await run(form.dataset.op, form.elements.a.value, form.elements.b?.value), true);
    } catch (e) {
      show(out, e.message, false);
    }
  });
}

for (const radio of document.querySelectorAll('input[name="bundle"]')) {
  radio.addEventListener("change", () => choose(radio.value));
}
await choose("js");
