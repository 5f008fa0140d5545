package dev.gonet.demo;

import dev.gonet.http.FileServer;
import dev.gonet.http.FileSystem;
import dev.gonet.http.Handler;
import dev.gonet.http.Header;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseWriter;
import java.io.IOException;

/**
 * gonet's {@link FileServer} plus what a web server adds in front of it: caching headers,
 * strong ETags and gzip.
 *
 * <p><b>Caching.</b> Every response says {@code Cache-Control: no-cache}, and every file has a
 * strong {@code ETag} (a hash of its bytes) and a {@code Last-Modified}: the browser keeps
 * the file but asks each time, and gets a bodiless 304 while nothing changed. A {@code max-age}
 * would save those round trips, but the demo's URLs ({@code /gonet/js/gonet.js},
 * {@code /demo.js}) carry no version, so after a rebuild the browser would keep running the
 * old bundle until the age ran out; on loopback a revalidation costs next to nothing.
 *
 * <p><b>Compression.</b> A compressible file ({@link MimeTypes#compressible}) of at least
 * {@link Representations#MIN_GZIP_SIZE} bytes is also kept gzip-compressed, and sent so with
 * {@code Content-Encoding: gzip} when {@link AcceptEncoding#allowsGzip} says the client takes
 * it; both forms say {@code Vary: Accept-Encoding} and have their own ETag. A request with
 * {@code Range} gets the plain form: byte ranges of a compressed body are useless to a client
 * that wants to resume or seek the file it knows. The gzip form is the cached one (never
 * compressed again per request, never compressed twice) and is served by {@code FileServer}
 * as a file of its own, so conditional requests and HEAD behave alike for both forms.
 *
 * <p>Everything else (directories, redirects, 404, traversal, files that fail to open) is
 * {@code FileServer}'s, so whatever name a client asks for, it never writes to the error log.
 */
final class StaticFiles implements Handler {
    private final FileSystem fs;
    private final FileServer files;
    private final Representations reps;

    StaticFiles(FileSystem fs) {
        this.fs = fs;
        this.files = new FileServer(fs);
        this.reps = new Representations(fs);
    }

    /** Hashes and compresses these files now rather than on their first request. */
    StaticFiles warm(Iterable<String> names) throws IOException {
        reps.warm(names);
        return this;
    }

    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        Header h = w.header();
        h.set("Cache-Control", "no-cache");
        String name = fileName(r.url().path());
        Representations.Rep rep = null;
        if (name != null) {
            try {
                rep = reps.get(name);
            } catch (IOException e) {
                // FileServer meets the same failure and answers it (403, 404 or 500) as Go does,
                // without a log line: a thrown error would be logged with its stack and with the
                // request's path in it.
            }
        }
        if (rep == null) {
            files.serveHTTP(w, r); // directory, redirect, 404 or a failure: FileServer's answer as it is
            return;
        }
        String type = MimeTypes.forPath(name);
        if (!type.isEmpty()) {
            h.set("Content-Type", type);
        }
        if (rep.gzip() != null) {
            h.set("Vary", "Accept-Encoding");
            if (!r.header().has("Range") && AcceptEncoding.allowsGzip(r.header().values("Accept-Encoding"))) {
                h.set("Etag", rep.gzipETag());
                h.set("Content-Encoding", "gzip");
                FileSystem gz = FileSystems.replacing(fs, name, rep.gzip(), rep.modTime());
                new FileServer(gz).serveHTTP(new EncodedWriter(w, rep.gzip().length), r);
                return;
            }
        }
        h.set("Etag", rep.etag());
        files.serveHTTP(w, r);
    }

    /**
     * The file FileServer will send for a request path, when it sends one: the path itself,
     * or its {@code index.html} for a path ending in {@code /}. Null where FileServer
     * redirects instead ({@code .../index.html}) or the path is not clean (the mux has
     * redirected or refused those before; FileServer has the last word).
     */
    static String fileName(String path) {
        if (!path.startsWith("/") || path.endsWith("/index.html") || path.contains("//") || path.contains("/./")
                || path.contains("/../") || path.endsWith("/.") || path.endsWith("/..") || path.indexOf('\0') >= 0
                || path.indexOf('\\') >= 0) {
            return null;
        }
        return path.endsWith("/") ? path + "index.html" : path;
    }

    /**
     * FileServer does not give a body with a {@code Content-Encoding} a {@code Content-Length}
     * (as Go, it cannot know the encoded size); we do, so a 200 gets it and can be reused
     * without chunking. {@code Accept-Ranges} is dropped: ranges are served from the plain form.
     */
    private static final class EncodedWriter implements ResponseWriter {
        private final ResponseWriter w;
        private final long length;
        private boolean wroteHeader;

        EncodedWriter(ResponseWriter w, long length) {
            this.w = w;
            this.length = length;
        }

        @Override
        public Header header() {
            return w.header();
        }

        @Override
        public void writeHeader(int statusCode) {
            if (!wroteHeader && statusCode == 200) {
                w.header().set("Content-Length", Long.toString(length));
                w.header().del("Accept-Ranges");
            }
            wroteHeader = wroteHeader || statusCode >= 200;
            w.writeHeader(statusCode);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!wroteHeader) {
                writeHeader(200);
            }
            w.write(b, off, len);
        }

        @Override
        public ResponseWriter unwrap() {
            return w;
        }
    }
}
