package dev.gonet.jvm.dns;

import dev.gonet.dns.internal.ConfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A configuration file parsed on first use and re-parsed when it changes, as Go keeps
 * {@code /etc/hosts} and {@code /etc/resolv.conf}: at most one look at the file every
 * {@code recheckMillis} (Go: 5 s), and a re-read only when its modification time or size
 * differ. A file that cannot be read yields {@code missing.get()}. Nothing is read before the
 * first {@link #get()}. Thread-safe.
 *
 * @param <T> the parsed form
 */
final class CachedFile<T> {
    private final Path path;
    private final long recheckNanos;
    private final Function<String, T> parse;
    private final Supplier<T> missing;

    private T value;
    private long checkedAt;
    private FileTime mtime;
    private long size = -1;

    /** @param recheckMillis 0 re-checks on every use; {@code Long.MAX_VALUE} reads once, like Go's services */
    CachedFile(Path path, long recheckMillis, Function<String, T> parse, Supplier<T> missing) {
        this.path = path;
        this.recheckNanos = recheckMillis >= Long.MAX_VALUE / 1_000_000L ? Long.MAX_VALUE : recheckMillis * 1_000_000L;
        this.parse = parse;
        this.missing = missing;
    }

    synchronized T get() {
        long now = System.nanoTime();
        if (value != null && now - checkedAt < recheckNanos) {
            return value;
        }
        checkedAt = now;
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | RuntimeException e) {
            return remember(missing.get(), null, -1);
        }
        if (value != null && attrs.lastModifiedTime().equals(mtime) && attrs.size() == size) {
            return value;
        }
        String text;
        try {
            text = read(path);
        } catch (IOException | RuntimeException e) {
            return remember(missing.get(), null, -1);
        }
        return remember(parse.apply(text), attrs.lastModifiedTime(), attrs.size());
    }

    /**
     * The file's text up to the first line of {@link ConfText#MAX_LINE_BYTES} or more, where Go
     * stops reading; so an endless file such as {@code /dev/zero} ends too. Go scans bytes; the
     * names that matter are ASCII, and other bytes only have to compare equal, so UTF-8 serves.
     */
    static String read(Path path) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buf = new byte[8192];
            int lineLen = 0; // bytes since the last newline
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    lineLen = buf[i] == '\n' ? 0 : lineLen + 1;
                    if (lineLen >= ConfText.MAX_LINE_BYTES) {
                        kept.write(buf, 0, i + 1);
                        byte[] all = kept.toByteArray();
                        return new String(all, 0, all.length - lineLen, StandardCharsets.UTF_8);
                    }
                }
                kept.write(buf, 0, n);
            }
        }
        return kept.toString(StandardCharsets.UTF_8);
    }

    private T remember(T v, FileTime t, long n) {
        value = v;
        mtime = t;
        size = n;
        return v;
    }
}
