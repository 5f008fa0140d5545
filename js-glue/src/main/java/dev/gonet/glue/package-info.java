/**
 * js-glue: the JavaScript surface of the bundles. {@link dev.gonet.glue.GonetExports} holds the
 * raw {@code @JSExport} functions (each returns at once; blocking work runs through
 * {@code JSPromise.callAsync}); the connections and HTTP exchanges JavaScript holds are kept by
 * number ({@code ConnTable}, {@code ResponseTable}); {@code Dns} and {@code IpHelpers} hold the
 * lookups and the IP helpers, {@code Json} the results and the one shape every error crosses in. The
 * loader {@code gonet.mjs} ({@code src/main/js}) wraps them into the documented API typed
 * by {@code gonet.d.ts}; this module's build writes the JS and WASM-GC bundles.
 *
 * <p>Not here: the Java API itself (net-api), the browser platform (net-web), and the demo pages
 * that load the bundles (demo-site).
 */
package dev.gonet.glue;
