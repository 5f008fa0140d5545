// What every demo page shares: the header with the navigation and the bundle switch, the live
// panel (bytes, latency, errors of everything the page does), and small helpers. A page script
// imports it and calls start(init): init(net) runs once the chosen bundle has loaded.
//
// The bundle comes from ?bundle=js|wasm, else from what the reader chose last (localStorage),
// else "js". Choosing the other bundle remembers it and reloads the page with it, so a page never
// mixes the two; the links of the navigation carry it too.

import { load, GonetError } from "./gonet/gonet.mjs";

export { GonetError };

export const PAGES = [
  { href: "./", id: "home", title: "Overview" },
  { href: "ws.html", id: "ws", title: "WebSocket" },
  { href: "tcp.html", id: "tcp", title: "TCP relay" },
  { href: "dns.html", id: "dns", title: "DNS" },
  { href: "fetch.html", id: "fetch", title: "Fetch" },
  { href: "ip.html", id: "ip", title: "IP calculator" },
  { href: "bench.html", id: "bench", title: "Benchmarks" },
];

const BUNDLES = { js: "JavaScript", wasm: "WebAssembly-GC" };
const STORE = "gonet.demo.bundle";

/** The bundle this page runs: ?bundle=, else the remembered choice, else "js". */
export function chosenBundle() {
  const q = new URLSearchParams(location.search).get("bundle");
  if (Object.hasOwn(BUNDLES, q ?? "")) return q;
  try {
    const s = localStorage.getItem(STORE);
    if (Object.hasOwn(BUNDLES, s ?? "")) return s;
  } catch {
    // storage blocked (privacy mode, file://): the query parameter still works
  }
  return "js";
}

function remember(bundle) {
  try {
    localStorage.setItem(STORE, bundle);
  } catch {
    // see chosenBundle
  }
}

/** `href` with ?bundle= set, keeping its other parameters and fragment. */
function withBundle(href, bundle) {
  const u = new URL(href, location.href);
  u.searchParams.set("bundle", bundle);
  return u.pathname + u.search + u.hash;
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}
export { el };

function header(bundle) {
  const here = document.body.dataset.page;
  const nav = el("nav", { "aria-label": "Demo pages" });
  const list = el("ul");
  for (const p of PAGES) {
    const a = el("a", { href: withBundle(p.href, bundle), text: p.title });
    if (p.id === here) a.setAttribute("aria-current", "page");
    list.append(el("li", {}, a));
  }
  nav.append(list);
  const choice = el("fieldset", { id: "bundle-choice" }, el("legend", { text: "Bundle" }));
  for (const [value, label] of Object.entries(BUNDLES)) {
    const input = el("input", { type: "radio", name: "bundle", value });
    input.checked = value === bundle;
    input.addEventListener("change", () => {
      remember(value);
      location.assign(withBundle(location.href, value));
    });
    choice.append(el("label", {}, input, " " + label));
  }
  choice.append(el("span", { id: "bundle-status", role: "status", text: "loading…" }));
  const top = el("div", { class: "top" },
    el("a", { class: "brand", href: withBundle("./", bundle) }, el("strong", { text: "gonet" }), " demo"),
    nav);
  document.querySelector("body > header").prepend(top, choice);
}

// ---- the live panel ------------------------------------------------------------------------

function fmtBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(2)} MiB`;
}

function fmtMs(ms) {
  if (ms < 1) return `${Math.round(ms * 1000)} µs`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms)} ms`;
}

/**
 * The page's counters, shown in the live panel (#live): every section reports what it sends,
 * receives, how long its round trips take and what failed.
 */
export const live = (() => {
  const s = { sent: 0, received: 0, ops: 0, errors: 0, lastMs: null, totalMs: 0, timed: 0, lastError: "" };
  let panel = null;
  const cell = (name) => panel.querySelector(`[data-stat="${name}"]`);
  function render() {
    if (!panel) return;
    const set = (name, value, text) => {
      const c = cell(name);
      c.dataset.value = String(value);
      c.textContent = text;
    };
    set("sent", s.sent, fmtBytes(s.sent));
    set("received", s.received, fmtBytes(s.received));
    set("ops", s.ops, String(s.ops));
    set("latency", s.lastMs ?? "", s.lastMs === null ? "–" : fmtMs(s.lastMs));
    set("latency-avg", s.timed ? s.totalMs / s.timed : "", s.timed ? fmtMs(s.totalMs / s.timed) : "–");
    set("errors", s.errors, String(s.errors));
    set("last-error", s.lastError, s.lastError || "none");
  }
  return {
    mount(container) {
      panel = el("aside", { id: "live", "aria-label": "Live counters" },
        el("h2", { text: "Live" }));
      const dl = el("dl");
      for (const [name, label] of [["sent", "Sent"], ["received", "Received"], ["ops", "Operations"],
        ["latency", "Latency"], ["latency-avg", "Avg latency"], ["errors", "Errors"],
        ["last-error", "Last error"]]) {
        dl.append(el("div", { class: `stat stat-${name}` }, el("dt", { text: label }),
          el("dd", { "data-stat": name, "aria-live": "polite" })));
      }
      panel.append(dl);
      container.prepend(panel);
      render();
    },
    sent(n) { s.sent += n; render(); },
    received(n) { s.received += n; render(); },
    /** One operation done (a message, a lookup, a request, a calculation), taking `ms` if known. */
    op(ms) {
      s.ops++;
      if (typeof ms === "number") {
        s.lastMs = ms;
        s.totalMs += ms;
        s.timed++;
      }
      render();
    },
    error(e) {
      s.errors++;
      s.lastError = describe(e);
      render();
    },
    counts: () => ({ ...s }),
  };
})();

// ---- helpers ------------------------------------------------------------------------------

/** An error as the page shows it: the type, Go's text, and the flags that are set. */
export function describe(e) {
  if (!(e instanceof Error)) return String(e);
  const flags = ["timeout", "notFound", "canceled"].filter((f) => e[f] === true);
  if (typeof e.code === "number" && e.code >= 0) flags.push(`code ${e.code}`);
  return `${e.name}: ${e.message}${flags.length ? ` (${flags.join(", ")})` : ""}`;
}

/** Shows `text` in an <output>, green or red. */
export function show(out, text, ok) {
  out.textContent = text;
  out.className = ok ? "ok" : "err";
}

/** `path` on this page's server as an absolute http(s) URL. */
export const here = (path) => new URL(path, location.href).href;

/** `path` on this page's server as a ws(s) URL. */
export const wsHere = (path) => here(path).replace(/^http/, "ws");

export { fmtBytes, fmtMs };

// ---- start --------------------------------------------------------------------------------

/**
 * Draws the shared parts, loads the bundle and runs `init(net)`; the page is marked
 * data-ready="true" once init has finished (or data-ready="error").
 */
export async function start(init) {
  const bundle = chosenBundle();
  remember(bundle);
  header(bundle);
  if (document.body.dataset.live !== "off") live.mount(document.querySelector("main"));
  const status = document.getElementById("bundle-status");
  const t0 = performance.now();
  let net;
  try {
    net = await load({ bundle });
  } catch (e) {
    status.textContent = `could not load the ${bundle} bundle: ${describe(e)}`;
    document.body.dataset.ready = "error";
    return;
  }
  status.textContent = `${bundle} bundle ready in ${Math.round(performance.now() - t0)} ms (platform: ${net.platform()})`;
  document.body.dataset.bundle = bundle;
  try {
    await init(net);
    document.body.dataset.ready = "true";
  } catch (e) {
    live.error(e);
    status.textContent += ` — the page failed to start: ${describe(e)}`;
    document.body.dataset.ready = "error";
  }
}
