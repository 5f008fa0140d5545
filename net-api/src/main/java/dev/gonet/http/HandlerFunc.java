package dev.gonet.http;

/**
 * Go's {@code http.HandlerFunc}: an ordinary function used as a {@link Handler}. Every
 * {@code Handler} lambda already is one; this type exists for code that names the adapter, as
 * Go code does ({@code HandlerFunc h = (w, r) -> ...}), and for
 * {@link ServeMux#handleFunc(String, HandlerFunc)}.
 */
@FunctionalInterface
public interface HandlerFunc extends Handler {
}
