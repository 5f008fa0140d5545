// The contenders of scripts/bench-fetch.sh, in one page: raw fetch() ("raw") and gonet's Client
// over the browser's fetch, compiled by TeaVM into the JS bundle ("js") and the WASM-GC bundle
// ("wasm"). The raw loops mirror FetchBenchMain's: one request at a time, the same URLs, the body
// consumed the same way, the same clock (performance.now()).
const impls = {};

export async function load() {
  impls.js = await import("./bench/fetch-js/bench.js");
  impls.wasm = (await TeaVM.wasmGC.load("bench/fetch-wasm-gc/bench.wasm")).exports;
  impls.raw = { small: rawSmall, large: rawLarge, dohMiss: rawDoh };
  window.bench = run;
}

async function run(impl, kind, ...args) {
  const r = await impls[impl][kind](...args);
  return typeof r === "string" ? r : JSON.stringify(r);
}

// Small answers: the body whole, as a caller of gonet's readAllBytes() gets it.
async function rawSmall(url, warm, count) {
  const out = [];
  for (let i = 0; i < warm + count; i++) {
    const t0 = performance.now();
    const r = await fetch(url);
    await r.arrayBuffer();
    const us = (performance.now() - t0) * 1000;
    if (i >= warm) out.push(Math.round(us * 10) / 10);
  }
  return out;
}

// Large answers: the body's stream read chunk by chunk, as gonet's read loop consumes it.
async function rawLarge(url, warm, count) {
  const out = [];
  for (let i = 0; i < warm + count; i++) {
    const t0 = performance.now();
    const r = await fetch(url);
    const reader = r.body.getReader();
    let n = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.byteLength;
    }
    const ms = performance.now() - t0;
    const want = Number(r.headers.get("Content-Length"));
    if (want && n !== want) throw new Error(`read ${n} of ${want} bytes`);
    if (i >= warm) out.push(Math.round(ms * 100) / 100);
  }
  return out;
}

// A DoH query as gonet's resolver sends it (the same GET URL, Accept, no-store), the answer read whole.
async function rawDoh(url, name, warm, count) {
  const out = [];
  for (let i = 0; i < warm + count; i++) {
    const t0 = performance.now();
    const r = await fetch(url, { cache: "no-store", headers: { Accept: "application/dns-message" } });
    const body = await r.arrayBuffer();
    const us = (performance.now() - t0) * 1000;
    if (!r.ok || body.byteLength === 0) throw new Error("DoH answer " + r.status);
    if (i >= warm) out.push(Math.round(us * 10) / 10);
  }
  return out;
}
