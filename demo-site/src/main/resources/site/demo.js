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

function run(op, a, b) {
  switch (op) {
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
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const out = form.querySelector("output");
    if (!net) {
      show(out, "bundle not loaded yet", false);
      return;
    }
    try {
      show(out, run(form.dataset.op, form.elements.a.value, form.elements.b?.value), true);
    } catch (e) {
      show(out, e.message, false);
    }
  });
}

for (const radio of document.querySelectorAll('input[name="bundle"]')) {
  radio.addEventListener("change", () => choose(radio.value));
}
await choose("js");
