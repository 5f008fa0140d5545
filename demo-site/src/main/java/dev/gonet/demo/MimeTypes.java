package dev.gonet.demo;

import dev.gonet.http.ContentType;
import java.util.Locale;
import java.util.Set;

/**
 * Content types by file name, and which of them are worth compressing.
 *
 * <p>gonet's table ({@link ContentType#byExtension}, Go's plus the common web types) gives
 * {@code application/wasm} (needed for streaming compilation) and {@code text/javascript} for
 * {@code .js}/{@code .mjs}; the demo adds TypeScript declarations ({@code gonet.d.ts}), which
 * browsers should show as text rather than download.
 */
final class MimeTypes {
    private MimeTypes() {
    }

    /** Extensions whose bytes are text or wasm: gzip shrinks them to a third or less. */
    private static final Set<String> COMPRESSIBLE = Set.of(".html", ".htm", ".js", ".mjs", ".css", ".json",
            ".map", ".wasm", ".svg", ".ts", ".txt", ".md", ".xml", ".csv", ".webmanifest");

    /** The type for {@code name}, or "" when unknown (the server then sniffs the content). */
    static String forPath(String name) {
        String ext = extension(name);
        if (ext.equals(".ts")) {
            return "text/plain; charset=utf-8";
        }
        return ContentType.byExtension(ext);
    }

    /** Whether a file of this name should be sent gzip-compressed to clients that accept it. */
    static boolean compressible(String name) {
        return COMPRESSIBLE.contains(extension(name));
    }

    /** {@code .js} for {@code a/b.c.js}; "" without a dot in the last element. */
    private static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot <= slash ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
