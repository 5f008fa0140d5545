import { describe, el, live, show, start } from "./demo.js";

const FLAGS = [
  ["isLoopback", "loopback"], ["isPrivate", "private"], ["isGlobalUnicast", "global unicast"],
  ["isLinkLocalUnicast", "link-local unicast"], ["isMulticast", "multicast"], ["isUnspecified", "unspecified"],
];

function facts(dl, pairs) {
  dl.replaceChildren(...pairs.map(([k, v]) =>
    el("div", { "data-key": k }, el("dt", { text: k }), el("dd", { text: String(v) }))));
}

// Each returns the text for the form's <output> and fills its result list.
const OPS = {
  ipInfo(net, form, a) {
    const dl = form.querySelector("dl");
    dl.replaceChildren();
    const ip = net.parseIP(a);
    if (ip === null) {
      // parseIP answers null, as Go's ParseIP does; ipInfo says why
      try {
        net.ipInfo(a);
      } catch (e) {
        throw Object.assign(e, { shown: `parseIP: <nil>; ${describe(e)}` });
      }
      return "<nil> (not an IP address)";
    }
    const info = net.ipInfo(a);
    facts(dl, [["version", `IPv${info.version}`],
      ...FLAGS.map(([k, label]) => [label, info[k] ? "yes" : "no"])]);
    return `parseIP: ${ip}`;
  },
  cidrHosts(net, form, a) {
    const dl = form.querySelector("dl");
    dl.replaceChildren();
    const c = net.parseCIDR(a);
    const h = net.cidrHosts(a);
    facts(dl, [["network", h.network], ["mask", h.mask], ["prefix", `/${h.ones} of ${h.bits} bits`],
      ["first", h.first], ["last", h.last], ["addresses", h.count]]);
    return `ip ${c.ip}, net ${c.net}`;
  },
  ipContains: (net, form, a, b) => `${a} ${net.ipContains(a, b) ? "contains" : "does not contain"} ${b}`,
  ipMask(net, form, a, b) {
    const mask = /^\d+$/.test(b) ? Number(b) : b;
    return `${a} masked with ${b}: ${net.ipMask(a, mask) ?? "<nil> (the mask is for the other IP version)"}`;
  },
  splitHostPort(net, form, a) {
    const r = net.splitHostPort(a);
    return `host "${r.host}", port "${r.port}"`;
  },
  joinHostPort: (net, form, a, b) => net.joinHostPort(a, b),
};

start(async (net) => {
  for (const form of document.querySelectorAll("form[data-op]")) {
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const out = form.querySelector("output");
      const t0 = performance.now();
      try {
        const text = OPS[form.dataset.op](net, form, form.elements.a.value, form.elements.b?.value);
        live.op(performance.now() - t0);
        show(out, text, true);
      } catch (e) {
        live.error(e);
        show(out, e.shown ?? describe(e), false);
      }
    });
    // the sample inputs are answered right away
    form.requestSubmit();
  }
});
