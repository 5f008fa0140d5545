package dev.gonet.http;

import dev.gonet.internal.Ascii;
import dev.gonet.internal.SlashPath;
import dev.gonet.url.URL;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Go's {@code http.FileServer}: serves the files of a {@link FileSystem} at the request path.
 *
 * <p>As in Go: the path is cleaned before it reaches the file system, so {@code ..} in any
 * spelling ({@code /../}, {@code /%2e%2e/}, {@code /..%2f}) cannot leave the root; a path with
 * NUL or a backslash is not found. A directory is redirected to its name with a trailing slash
 * and served as its {@code index.html} or else an HTML listing; {@code .../index.html} is
 * redirected to {@code .../}; a file path with a trailing slash is redirected to the file.
 * Files get {@code Content-Type} from the extension (else sniffed), {@code Last-Modified},
 * {@code Accept-Ranges}, and support {@code Range} (single ranges as 206 with
 * {@code Content-Range}, several as {@code multipart/byteranges}, unsatisfiable ones 416) and
 * the conditional fields ({@code If-Modified-Since} gives 304, {@code If-Unmodified-Since},
 * {@code If-Match}, {@code If-None-Match}, {@code If-Range}). Redirects are relative, so the
 * handler works under {@link Handlers#stripPrefix}.
 *
 * <p>Ranges cannot amplify a file (RFC 9110 §14.2, §17.15): a field with more than
 * {@link #maxRanges()} ranges (default {@value #DEFAULT_MAX_RANGES}), or whose ranges add up to
 * more than the file (Go's rule), is ignored and the whole file sent with 200; overlapping and
 * touching ranges are merged into one part; a range that selects no byte ({@code bytes=-0}) is
 * unsatisfiable (416 when no other range is left). A 206 thus holds at most the file's bytes
 * plus about 150 bytes of part head per range.
 *
 * <p>Immutable and safe for concurrent use; {@code with*} methods return a changed copy.
 */
public final class FileServer implements Handler {
    private static final String INDEX = "/index.html";

    /**
     * The default cap on the ranges of one {@code Range} field (Apache httpd's
     * {@code MaxRanges} default); Go has none.
     */
    public static final int DEFAULT_MAX_RANGES = 200;

    private final FileSystem root;
    private final int maxRanges;

    /**
     * Go's {@code http.FileServer(root)}: serves the files under {@code root}.
     *
     * @param root the root
     */
    public FileServer(FileSystem root) {
        this(root, DEFAULT_MAX_RANGES);
    }

    private FileServer(FileSystem root, int maxRanges) {
        this.root = Objects.requireNonNull(root, "root");
        this.maxRanges = maxRanges;
    }

    /**
     * This file server with at most {@code n} (at least 1) ranges honoured per request; a {@code
     * Range} field with more is ignored and the whole file sent. 1 allows single ranges only (no {@code
     * multipart/byteranges}).
     *
     * @param n the max ranges
     * @return a copy with this setting; the receiver is unchanged
     */
    public FileServer withMaxRanges(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("maxRanges " + n + " < 1");
        }
        return new FileServer(root, n);
    }

    /** {@return the cap on ranges per request; {@link #DEFAULT_MAX_RANGES} unless set} */
    public int maxRanges() {
        return maxRanges;
    }

    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        String upath = r.url().path();
        if (!upath.startsWith("/")) {
            upath = "/" + upath;
            r = r.shallowCopy().setURL(r.url().copy().setPath(upath));
        }
        serveFile(w, r, SlashPath.clean(upath));
    }

    private void serveFile(ResponseWriter w, Request r, String name) throws IOException {
        String url = r.url().path();
        if (url.endsWith(INDEX)) {
            localRedirect(w, r, "./");
            return;
        }
        if (name.indexOf('\0') >= 0 || name.indexOf('\\') >= 0) {
            Handlers.error(w, "404 page not found", Status.NOT_FOUND); // never a real file name here
            return;
        }
        FileSystem.File f;
        FileSystem.FileInfo d;
        try {
            f = root.open(name);
        } catch (IOException e) {
            httpError(w, e);
            return;
        }
        try {
            try {
                d = f.stat();
            } catch (IOException e) {
                httpError(w, e);
                return;
            }
            // Canonical paths: a directory ends in '/', a file does not.
            if (d.isDir() && !url.endsWith("/")) {
                localRedirect(w, r, base(url) + "/");
                return;
            }
            if (!d.isDir() && url.endsWith("/")) {
                localRedirect(w, r, "../" + base(url));
                return;
            }
            if (d.isDir()) {
                String index = (name.endsWith("/") ? name.substring(0, name.length() - 1) : name) + INDEX;
                FileSystem.File ff = openQuietly(index);
                if (ff != null) {
                    try {
                        FileSystem.FileInfo dd = ff.stat();
                        f.close();
                        f = ff;
                        d = dd;
                    } catch (IOException e) {
                        ff.close();
                    }
                }
            }
            if (d.isDir()) {
                if (Preconditions.checkIfModifiedSince(r, d.modTime()) == Preconditions.COND_FALSE) {
                    Preconditions.writeNotModified(w);
                    return;
                }
                Preconditions.setLastModified(w, d.modTime());
                dirList(w, r, f);
                return;
            }
            ServeContent.serve(w, r, d.name(), d.modTime(), d.size(), f, maxRanges);
        } finally {
            f.close();
        }
    }

    private FileSystem.File openQuietly(String name) {
        try {
            return root.open(name);
        } catch (IOException e) {
            return null;
        }
    }

    /** Go's {@code toHTTPError}. */
    private static void httpError(ResponseWriter w, IOException e) throws IOException {
        if (e instanceof FileNotFoundException) {
            Handlers.error(w, "404 page not found", Status.NOT_FOUND);
        } else if (e instanceof FileSystem.PermissionDeniedException) {
            Handlers.error(w, "403 Forbidden", Status.FORBIDDEN);
        } else {
            Handlers.error(w, "500 Internal Server Error", Status.INTERNAL_SERVER_ERROR);
        }
    }

    /** Go's {@code logf}: the error log of the server that read {@code r}, else stderr. */
    private static void logf(Request r, String msg) {
        Server s = r.server();
        if (s != null) {
            s.logf(msg);
        } else {
            System.err.println(msg);
        }
    }

    /** Go's {@code localRedirect}: a relative Location, so it works under StripPrefix. */
    private static void localRedirect(ResponseWriter w, Request r, String newPath) {
        String q = r.url().rawQuery();
        w.header().set("Location", q.isEmpty() ? newPath : newPath + "?" + q);
        w.writeHeader(Status.MOVED_PERMANENTLY);
    }

    /** Go's {@code path.Base}. */
    static String base(String p) {
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.equals("/") || p.isEmpty()) {
            return p.isEmpty() ? "." : "/";
        }
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** Go's {@code dirList}: a {@code <pre>} of links, sorted by name, directories with a slash. */
    private void dirList(ResponseWriter w, Request r, FileSystem.File f) throws IOException {
        List<FileSystem.FileInfo> entries;
        try {
            entries = new ArrayList<>(f.readDir());
        } catch (IOException e) {
            // Go's text; the error may name the directory, which came from the request: escaped.
            logf(r, "http: error reading directory: " + GoText.logText(String.valueOf(e.getMessage())));
            Handlers.error(w, "Error reading directory", Status.INTERNAL_SERVER_ERROR);
            return;
        }
        entries.sort((a, b) -> Ascii.compareGo(a.name(), b.name()));
        w.header().set("Content-Type", "text/html; charset=utf-8");
        StringBuilder b = new StringBuilder("<pre>\n");
        for (FileSystem.FileInfo e : entries) {
            String name = e.isDir() ? e.name() + "/" : e.name();
            // '?' and '#' in a name must stay part of the path: escape it as a URL path.
            String href = new URL().setPath(name).toString();
            b.append("<a href=\"").append(href).append("\">").append(Handlers.htmlEscape(name)).append("</a>\n");
        }
        w.writeString(b.append("</pre>\n").toString());
    }
}
