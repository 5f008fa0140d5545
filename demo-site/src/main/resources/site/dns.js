import { describe, el, fmtMs, here, live, show, start } from "./demo.js";

// The DoH answers' sizes, from the browser's resource timing (gonet fetches them itself).
function countDohBytes() {
  if (typeof PerformanceObserver === "undefined") return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (new URL(e.name).pathname === "/dns-query") live.received(e.encodedBodySize || 0);
    }
  }).observe({ type: "resource", buffered: true });
}

const KINDS = {
  host: (net, name) => net.lookupHost(name),
  ip: (net, name) => net.lookupIP("ip", name),
  ip4: (net, name) => net.lookupIP("ip4", name),
  ip6: (net, name) => net.lookupIP("ip6", name),
  cname: async (net, name) => [await net.lookupCNAME(name)],
};

const CALLS = {
  host: (n) => `lookupHost("${n}")`,
  ip: (n) => `lookupIP("ip", "${n}")`,
  ip4: (n) => `lookupIP("ip4", "${n}")`,
  ip6: (n) => `lookupIP("ip6", "${n}")`,
  cname: (n) => `lookupCNAME("${n}")`,
};

start(async (net) => {
  net.setResolver({ endpoints: [here("/dns-query")], timeoutMs: 5000 });
  const r = net.resolver();
  document.getElementById("dns-resolver").textContent = `${r.endpoints.join(", ")} (timeout ${r.timeoutMs} ms)`;
  countDohBytes();

  const form = document.getElementById("dns-form");
  const status = document.getElementById("dns-status");
  const answers = document.getElementById("dns-answers");
  const log = document.getElementById("dns-log");

  let latest = 0; // only the latest lookup fills the answers; every lookup goes to the log

  async function lookup(name, kind) {
    const mine = ++latest;
    answers.replaceChildren();
    show(status, `${CALLS[kind](name)}…`, true);
    const t0 = performance.now();
    let row;
    try {
      const got = await KINDS[kind](net, name);
      const ms = performance.now() - t0;
      live.op(ms);
      if (mine === latest) {
        for (const a of got) answers.append(el("li", { class: "answer", text: a }));
        show(status, `${CALLS[kind](name)}: ${got.length} answer${got.length === 1 ? "" : "s"} in ${fmtMs(ms)}`, true);
      }
      row = [got.join(", "), ms, "ok"];
    } catch (e) {
      const ms = performance.now() - t0;
      live.error(e);
      const what = e.notFound ? "NXDOMAIN" : "failed";
      if (mine === latest) show(status, `${CALLS[kind](name)}: ${what}: ${describe(e)}`, false);
      row = [e.notFound ? "NXDOMAIN: no such host" : describe(e), ms, "err"];
    }
    log.prepend(el("tr", { class: row[2] }, el("td", { text: kind }), el("td", { text: name }),
      el("td", { text: row[0] }), el("td", { text: fmtMs(row[1]) })));
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    lookup(form.elements.name.value.trim(), form.elements.kind.value);
  });
  for (const b of document.querySelectorAll(".presets button")) {
    b.addEventListener("click", () => {
      form.elements.name.value = b.dataset.name;
      form.elements.kind.value = b.dataset.kind;
      lookup(b.dataset.name, b.dataset.kind);
    });
  }
  await lookup(form.elements.name.value, form.elements.kind.value);
});
