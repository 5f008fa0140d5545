package dev.gonet.demo;

import dev.gonet.http.FileSystem;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * What the server knows about each file's bytes: a strong ETag (a hash of the content) and,
 * when worth it, the gzip form, computed once per file version and cached.
 *
 * <p>A cached entry is reused while the file's size and modification time stay the same (the
 * same test nginx and Go's file servers use for staleness); class-path files never change, files
 * under an extra root are hashed and compressed again after they change on disk. The class-path
 * files are done at startup ({@link #warm}) so no request pays for compression.
 */
final class Representations {
    /** Below this a gzip body saves less than its own header costs in round trips: sent plain. */
    static final int MIN_GZIP_SIZE = 1024;

    /** Files larger than this are not read whole: ETag from size and time, never compressed. */
    static final long MAX_HASHED_SIZE = 64L << 20;

    /**
     * One version of a file.
     *
     * @param etag     strong ETag of the plain bytes
     * @param gzip     the gzip form, or null when the file is not compressible, too small, or
     *                 does not shrink
     * @param gzipETag strong ETag of the gzip form (a different representation needs its own)
     */
    record Rep(long size, Instant modTime, String etag, byte[] gzip, String gzipETag) {
    }

    private final FileSystem fs;
    private final Map<String, Rep> cache = new ConcurrentHashMap<>();

    Representations(FileSystem fs) {
        this.fs = fs;
    }

    /** Computes and caches the entries of {@code names} now. */
    void warm(Iterable<String> names) throws IOException {
        for (String n : names) {
            get(n);
        }
    }

    /** The current version of the regular file {@code name}, or null when there is none. */
    Rep get(String name) throws IOException {
        FileSystem.File f;
        try {
            f = fs.open(name);
        } catch (FileNotFoundException e) {
            return null;
        }
        try (f) {
            FileSystem.FileInfo info = f.stat();
            if (info.isDir()) {
                return null;
            }
            Rep old = cache.get(name);
            if (old != null && old.size() == info.size() && Objects.equals(old.modTime(), info.modTime())) {
                return old;
            }
            Rep rep = compute(name, info, f);
            cache.put(name, rep);
            return rep;
        }
    }

    private static Rep compute(String name, FileSystem.FileInfo info, FileSystem.File f) throws IOException {
        if (info.size() > MAX_HASHED_SIZE) {
            long t = info.modTime() == null ? 0 : info.modTime().toEpochMilli();
            return new Rep(info.size(), info.modTime(), "\"" + Long.toHexString(t) + "-" + Long.toHexString(info.size())
                    + "\"", null, null);
        }
        byte[] data;
        try (InputStream in = f.inputStream(0)) {
            data = in.readAllBytes();
        }
        String hash = hash(data);
        byte[] gz = null;
        if (MimeTypes.compressible(name) && data.length >= MIN_GZIP_SIZE) {
            gz = gzip(data);
            if (gz.length >= data.length) {
                gz = null; // already dense: the plain bytes are smaller
            }
        }
        // The size is taken from what was read, so a file that changed meanwhile stays consistent.
        return new Rep(data.length, info.modTime(), "\"" + hash + "\"", gz, gz == null ? null : "\"" + hash + "-gzip\"");
    }

    /** 128 bits of SHA-256 in hex: plenty to tell versions of one file apart. */
    private static String hash(byte[] data) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(data);
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
        // Best compression: it runs once per file version, so the time does not matter.
        try (GZIPOutputStream z = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }
}
