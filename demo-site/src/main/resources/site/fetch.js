import { describe, fmtBytes, fmtMs, here, live, show, start } from "./demo.js";

start(async (net) => {
  const form = document.getElementById("fetch-form");
  const startButton = document.getElementById("fetch-start");
  const cancelButton = document.getElementById("fetch-cancel");
  const progress = document.getElementById("fetch-progress");
  const percent = document.getElementById("fetch-percent");
  const status = document.getElementById("fetch-status");
  let controller = null;

  function setProgress(got, total) {
    const p = total > 0 ? Math.floor((got * 100) / total) : 0;
    progress.value = p;
    percent.textContent = `${p}%`;
    percent.dataset.value = String(p);
    progress.dataset.bytes = String(got);
  }

  async function download() {
    const q = new URLSearchParams({
      bytes: form.elements.bytes.value, chunk: form.elements.chunk.value, delayMs: form.elements.delayMs.value,
    });
    controller = new AbortController();
    startButton.disabled = true;
    cancelButton.disabled = false;
    setProgress(0, 1);
    show(status, "requesting…", true);
    const t0 = performance.now();
    let got = 0;
    let total = 0;
    try {
      const res = await net.request({ url: here(`/api/stream?${q}`), signal: controller.signal });
      const headMs = performance.now() - t0;
      live.op(headMs); // the latency is the head's; the body's pace is the server's delayMs
      if (res.status !== 200) throw new Error(`${res.status} ${res.statusText}: ${await res.text()}`);
      total = Number(res.header("Content-Length") ?? 0);
      show(status, `${res.status} ${res.statusText}, head in ${fmtMs(headMs)}; receiving ${fmtBytes(total)}…`, true);
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        got += value.length;
        live.received(value.length);
        setProgress(got, total);
      }
      const ms = performance.now() - t0;
      const rate = got / 1024 / 1024 / (ms / 1000);
      show(status, `done: ${fmtBytes(got)} in ${fmtMs(ms)} (${rate.toFixed(1)} MiB/s)`, true);
    } catch (e) {
      live.error(e);
      show(status, `${e.canceled ? "canceled" : "failed"} after ${fmtBytes(got)}: ${describe(e)}`, false);
    } finally {
      controller = null;
      startButton.disabled = false;
      cancelButton.disabled = true;
    }
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    download();
  });
  cancelButton.addEventListener("click", () => controller?.abort());

  const post = document.getElementById("post-form");
  post.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const out = document.getElementById("post-status");
    const pre = document.getElementById("post-body");
    const body = new TextEncoder().encode(post.elements.body.value);
    const t0 = performance.now();
    try {
      const res = await net.post(here("/api/echo"), "text/plain; charset=utf-8", body);
      live.sent(body.length);
      const back = await res.bytes();
      live.received(back.length);
      live.op(performance.now() - t0);
      show(out, `${res.status} ${res.statusText}: the server read ${res.header("X-Echo-Length")} bytes of `
        + `${res.header("X-Echo-Content-Type")} and sent them back`, true);
      pre.textContent = new TextDecoder().decode(back);
    } catch (e) {
      live.error(e);
      show(out, describe(e), false);
    }
  });
});
