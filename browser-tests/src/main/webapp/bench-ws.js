// The contenders of scripts/bench-ws.sh, in one page: the raw JS WebSocket ("raw") and gonet's
// Conn compiled by TeaVM into the JS bundle ("js") and the WASM-GC bundle ("wasm"). The raw loops
// mirror WsBenchMain's: the same message size, the same window of unanswered bytes, the same
// clock (performance.now()), so the difference is the layer under test.
const impls = {};

export async function load() {
  impls.js = await import("./bench/js/bench.js");
  impls.wasm = (await TeaVM.wasmGC.load("bench/wasm-gc/bench.wasm")).exports;
  impls.raw = { throughput: rawThroughput, latency: rawLatency };
  window.bench = run;
}

// Returns the JSON text the bundles return, so the driver parses one format.
async function run(impl, kind, url, ...args) {
  const r = await impls[impl][kind](url, ...args);
  return typeof r === "string" ? r : JSON.stringify(r);
}

function open(url) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.binaryType = "arraybuffer";
    ws.onopen = () => resolve(ws);
    ws.onerror = () => reject(new Error("cannot open " + url));
  });
}

async function rawThroughput(url, size, millis, window) {
  const ws = await open(url);
  const msg = new Uint8Array(size).map((_, i) => i);
  let sent = 0;
  let received = 0;
  const t0 = performance.now();
  const stopAt = t0 + millis;
  let writing = true;
  return new Promise((resolve, reject) => {
    const finishIfDone = () => {
      if (writing || received < sent) return false;
      const t = performance.now() - t0;
      ws.onclose = null;
      ws.close();
      resolve({ bytes: received, millis: t });
      return true;
    };
    const pump = () => {
      while (writing && sent - received <= window - size) {
        if (performance.now() >= stopAt) {
          writing = false;
          break;
        }
        ws.send(msg);
        sent += size;
      }
      finishIfDone();
    };
    ws.onmessage = (e) => {
      received += e.data.byteLength;
      if (!finishIfDone()) pump();
    };
    ws.onclose = (e) => reject(new Error("closed " + e.code));
    pump();
  });
}

async function rawLatency(url, size, warm, count) {
  const ws = await open(url);
  const msg = new Uint8Array(size);
  const out = [];
  let waiting = null;
  let got = 0;
  ws.onmessage = (e) => {
    got += e.data.byteLength;
    if (got >= size && waiting) {
      const w = waiting;
      waiting = null;
      w();
    }
  };
  for (let i = 0; i < warm + count; i++) {
    got = 0;
    const t0 = performance.now();
    const echoed = new Promise((r) => (waiting = r));
    ws.send(msg);
    await echoed;
    const us = (performance.now() - t0) * 1000;
    if (i >= warm) out.push(Math.round(us * 10) / 10);
  }
  ws.close();
  return out;
}
