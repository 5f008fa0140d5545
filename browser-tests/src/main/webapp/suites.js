// Shared by suites-js.html and suites-wasm.html: runs the portable suites through `api`
// (either bundle), shows each case in the page, and leaves the outcome on window for Playwright.
export async function runAndShow(api, bundle) {
  const status = document.getElementById("status");
  window.gonetCaseIds = JSON.parse(api.caseIds());
  status.textContent = `running ${window.gonetCaseIds.length} cases in the ${bundle} bundle...`;
  const started = performance.now();
  // The browser suites use the server this page came from; the test passes a second origin
  // (another port), a closed loopback port, and the relay's loopback TCP echo targets (allowed, denied) in the query
  // string, and `only=` keeps the cases whose id starts with it (for a look by hand).
  const params = new URLSearchParams(location.search);
  const results = JSON.parse(await api.runSuites(location.origin, params.get("other") ?? "",
      params.get("closed") ?? "", params.get("tcpEcho") ?? "", params.get("tcpDenied") ?? "", params.get("only") ?? ""));
  const tbody = document.getElementById("results");
  let failed = 0;
  for (const r of results) {
    if (!r.passed) failed++;
    const tr = document.createElement("tr");
    tr.className = r.passed ? "pass" : "fail";
    for (const text of [r.passed ? "PASS" : "FAIL", r.id, r.millis + " ms", r.message]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.appendChild(td);
    }
    tbody.appendChild(tr);
  }
  const ms = Math.round(performance.now() - started);
  status.textContent = `${bundle}: ${results.length - failed} passed, ${failed} failed in ${ms} ms`;
  window.gonetResults = results;
  window.gonetDone = true;
}

export function reportLoadError(e) {
  document.getElementById("status").textContent = "load failed: " + e;
  window.gonetError = String(e && e.stack || e);
  window.gonetDone = true;
}
