import { describe, el, fmtMs, here, live, start } from "./demo.js";

const SVG = "http://www.w3.org/2000/svg";
const COLORS = ["#2f6fb0", "#e08a1e", "#3d9a50"];

function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function fmtValue(v) {
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString("en-US");
  return String(v);
}

/** Axis labels: 2k, 100k, 1.5M. */
function fmtTick(v) {
  if (v >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
  if (v >= 1e4) return `${Number((v / 1e3).toPrecision(3))}k`;
  return String(v);
}

/** Splits `text` into lines of at most `chars` characters, at spaces where it can. */
function wrap(text, chars) {
  const words = text.split(" ");
  const lines = [];
  let cur = "";
  for (const w of words) {
    if (cur && (cur + " " + w).length > chars) {
      lines.push(cur);
      cur = w;
    } else {
      cur = cur ? cur + " " + w : w;
    }
  }
  if (cur) lines.push(cur);
  return lines;
}

/** The value axis: linear from 0, or log10 from the power of ten below the smallest value. */
function axis(chart) {
  const all = chart.rows.flatMap((r) => r.values);
  const max = Math.max(...all);
  if (chart.scale === "log") {
    const lo = Math.pow(10, Math.floor(Math.log10(Math.min(...all))));
    const hi = Math.pow(10, Math.ceil(Math.log10(max)));
    const ticks = [];
    for (let t = lo; t <= hi; t *= 10) ticks.push(t);
    return { ticks, at: (v) => (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) };
  }
  const step = Math.pow(10, Math.floor(Math.log10(max)));
  const nice = [0.1, 0.2, 0.5, 1, 2, 5].map((m) => m * step).find((s) => max / s <= 5) ?? step * 10;
  const top = Math.ceil(max / nice) * nice;
  const ticks = [];
  for (let t = 0; t <= top + nice / 2; t += nice) ticks.push(Number(t.toPrecision(12)));
  return { ticks, at: (v) => v / top };
}

/** Draws one chart as horizontal bars, label above its bars, sized to `width` CSS pixels. */
function draw(chart, width) {
  const pad = 8;
  const font = 13;
  const bar = 15;
  const gap = 3;
  // room for the value written after the longest bar
  const longest = Math.max(...chart.rows.flatMap((r) => r.values).map((v) => `${fmtValue(v)} ${chart.unit}`.length));
  const valueRoom = Math.min(Math.floor(width * 0.45), Math.ceil(longest * font * 0.6) + 8);
  const plotW = Math.max(80, width - 2 * pad - valueRoom);
  const chars = Math.max(20, Math.floor((width - 2 * pad) / (font * 0.56)));
  const ax = axis(chart);
  const root = svg("svg", { class: "chart-svg", role: "img", width, "aria-label": chart.title });
  let y = pad;
  // legend
  if (chart.columns.length > 1) {
    let x = pad;
    chart.columns.forEach((c, i) => {
      root.append(svg("rect", { x, y, width: 12, height: 12, fill: COLORS[i], class: "legend-key" }));
      const t = svg("text", { x: x + 16, y: y + 11, class: "legend" }, c);
      root.append(t);
      x += 16 + c.length * font * 0.56 + 18;
    });
    y += 22;
  }
  const gridTop = y;
  for (const row of chart.rows) {
    const lines = wrap(row.label, chars);
    lines.forEach((line, i) => {
      root.append(svg("text", { x: pad, y: y + font + i * (font + 2), class: i === 0 ? "label" : "label-more" }, line));
    });
    y += lines.length * (font + 2) + 3;
    row.values.forEach((v, i) => {
      const w = Math.max(1, ax.at(v) * plotW);
      const r = svg("rect", {
        x: pad, y, width: w.toFixed(1), height: bar, fill: COLORS[i], class: "bar",
        "data-value": v, "data-column": chart.columns[i],
      });
      r.append(svg("title", {}, `${row.label}: ${fmtValue(v)} ${chart.unit} (${chart.columns[i]})`));
      root.append(r);
      root.append(svg("text", { x: pad + w + 4, y: y + bar - 3, class: "value" }, `${fmtValue(v)} ${chart.unit}`));
      y += bar + gap;
    });
    y += 8;
  }
  // ticks along the bottom, grid lines behind the bars
  const gridBottom = y - 8;
  ax.ticks.forEach((t, i) => {
    const x = pad + ax.at(t) * plotW;
    const anchor = i === 0 ? "start" : i === ax.ticks.length - 1 ? "end" : "middle";
    root.prepend(svg("line", { x1: x, x2: x, y1: gridTop, y2: gridBottom, class: "grid" }));
    root.append(svg("text", { x: anchor === "end" ? x + 4 : x, y: gridBottom + 14, class: "tick", "text-anchor": anchor },
      fmtTick(t)));
  });
  y = gridBottom + 22;
  root.setAttribute("height", y);
  root.setAttribute("viewBox", `0 0 ${width} ${y}`);
  return root;
}

start(async (net) => {
  const status = document.getElementById("bench-status");
  const t0 = performance.now();
  let doc;
  try {
    const res = await net.get(here("benchmarks.json"));
    const body = await res.bytes();
    live.received(body.length);
    live.op(performance.now() - t0);
    doc = JSON.parse(new TextDecoder().decode(body));
  } catch (e) {
    live.error(e);
    status.textContent = `could not read benchmarks.json: ${describe(e)}`;
    status.className = "err";
    throw e;
  }
  status.textContent = `${doc.charts.length} charts from ${doc.source}, read in ${fmtMs(performance.now() - t0)}.`;
  const holder = document.getElementById("charts");
  const figures = doc.charts.map((chart) => {
    const fig = el("figure", { class: "chart", id: `chart-${chart.id}`, "data-chart": chart.id,
      "data-bars": String(chart.rows.length * chart.columns.length), "data-rows": String(chart.rows.length) });
    const cap = el("figcaption", {}, el("strong", { text: chart.title }),
      el("span", { class: "source", text: ` — ${doc.source}, “${chart.heading.replaceAll("`", "")}”` }));
    if (chart.note) cap.append(el("span", { class: "note", text: ` (${chart.note})` }));
    fig.append(cap, el("div", { class: "plot" }));
    holder.append(fig);
    return [fig, chart];
  });
  let drawnAt = -1;
  function drawAll() {
    const width = Math.floor(holder.clientWidth);
    if (width === drawnAt) return;
    drawnAt = width;
    for (const [fig, chart] of figures) fig.querySelector(".plot").replaceChildren(draw(chart, width));
  }
  drawAll();
  let pending = 0;
  addEventListener("resize", () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(drawAll);
  });
});
