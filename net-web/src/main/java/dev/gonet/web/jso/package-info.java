/**
 * JSO bindings for the browser APIs TeaVM 0.15's {@code teavm-jso-apis} lacks: {@code fetch},
 * {@code Headers}, {@code Response}, {@code AbortController}, request-body
 * {@code ReadableStream}s, and a promise {@link dev.gonet.web.jso.Settled settler} that turns a
 * rejection into a value, so a green thread that awaits it sees the JS error (TeaVM's own
 * {@code JSPromise.await()} throws a bare {@code RuntimeException}). One type per JS type, as
 * teavm-jso-apis does; no gonet logic lives here. Works in the JS and the WASM-GC bundle.
 */
package dev.gonet.web.jso;
