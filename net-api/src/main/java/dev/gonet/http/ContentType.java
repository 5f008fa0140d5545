package dev.gonet.http;

import dev.gonet.internal.Ascii;
import java.util.HashMap;
import java.util.Map;

/**
 * Media types: Go's {@code http.DetectContentType} (the WHATWG MIME sniffing algorithm over the
 * first 512 bytes) and a {@code mime.TypeByExtension} table for file serving.
 */
public final class ContentType {
    private ContentType() {
    }

    /** Go's {@code sniffLen}: bytes considered by {@link #detect}. */
    public static final int SNIFF_LEN = 512;

    private static final String HTML = "text/html; charset=utf-8";

    /**
     * {@code detect(data, 0, data.length)}.
     *
     * @param data the first bytes of the content
     * @return the MIME type, e.g. {@code text/html; charset=utf-8}
     */
    public static String detect(byte[] data) {
        return detect(data, 0, data.length);
    }

    /**
     * Go's {@code DetectContentType}: HTML, XML, PDF, PostScript, BOM-marked text, common
     * image, audio, video, font and archive signatures, WebAssembly, plain UTF-8-ish text;
     * {@code application/octet-stream} when nothing matches. JSON is sniffed as text, as in Go.
     *
     * @param data the first bytes of the content
     * @param off where in {@code data} they start
     * @param len how many there are (up to 512 are read)
     * @return the MIME type, e.g. {@code text/html; charset=utf-8}
     */
    public static String detect(byte[] data, int off, int len) {
        int end = off + Math.min(len, SNIFF_LEN);
        int ws = off;
        while (ws < end && isWS(data[ws])) {
            ws++;
        }
        for (String tag : HTML_TAGS) {
            if (html(data, ws, end, tag)) {
                return HTML;
            }
        }
        if (startsWith(data, ws, end, "<?xml")) {
            return "text/xml; charset=utf-8";
        }
        for (String[] sig : EXACT_FIRST) {
            if (startsWith(data, off, end, sig[0])) {
                return sig[1];
            }
        }
        int n = end - off;
        if (n >= 4 && b(data, off) == 0xFE && b(data, off + 1) == 0xFF) {
            return "text/plain; charset=utf-16be";
        }
        if (n >= 4 && b(data, off) == 0xFF && b(data, off + 1) == 0xFE) {
            return "text/plain; charset=utf-16le";
        }
        if (n >= 4 && b(data, off) == 0xEF && b(data, off + 1) == 0xBB && b(data, off + 2) == 0xBF) {
            return "text/plain; charset=utf-8";
        }
        for (String[] sig : EXACT_MEDIA) {
            if (startsWith(data, off, end, sig[0])) {
                return sig[1];
            }
        }
        if (riff(data, off, end, "WEBPVP", 14)) {
            return "image/webp";
        }
        for (String[] sig : EXACT_IMAGES) {
            if (startsWith(data, off, end, sig[0])) {
                return sig[1];
            }
        }
        if (n >= 12 && startsWith(data, off, end, "FORM") && startsWith(data, off + 8, end, "AIFF")) {
            return "audio/aiff";
        }
        if (startsWith(data, off, end, "ID3")) {
            return "audio/mpeg";
        }
        if (startsWith(data, off, end, "OggS\u0000")) {
            return "application/ogg";
        }
        if (startsWith(data, off, end, "MThd\u0000\u0000\u0000\u0006")) {
            return "audio/midi";
        }
        if (riff(data, off, end, "AVI ", 12)) {
            return "video/avi";
        }
        if (riff(data, off, end, "WAVE", 12)) {
            return "audio/wave";
        }
        if (mp4(data, off, end)) {
            return "video/mp4";
        }
        for (String[] sig : EXACT_LAST) {
            if (startsWith(data, off, end, sig[0])) {
                return sig[1];
            }
        }
        if (n >= 36 && b(data, off + 34) == 'L' && b(data, off + 35) == 'P') {
            return "application/vnd.ms-fontobject";
        }
        for (String[] sig : EXACT_FONTS_ARCHIVES) {
            if (startsWith(data, off, end, sig[0])) {
                return sig[1];
            }
        }
        for (int i = ws; i < end; i++) {
            int c = b(data, i);
            if (c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1A) || (c >= 0x1C && c <= 0x1F)) {
                return "application/octet-stream";
            }
        }
        return "text/plain; charset=utf-8";
    }

    private static final String[] HTML_TAGS = {"<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1",
        "<DIV", "<FONT", "<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--"};

    private static final String[][] EXACT_FIRST = {{"%PDF-", "application/pdf"},
        {"%!PS-Adobe-", "application/postscript"}};

    private static final String[][] EXACT_MEDIA = {{"\u0000\u0000\u0001\u0000", "image/x-icon"},
        {"\u0000\u0000\u0002\u0000", "image/x-icon"}, {"BM", "image/bmp"}, {"GIF87a", "image/gif"},
        {"GIF89a", "image/gif"}};

    private static final String[][] EXACT_IMAGES = {{"\u0089PNG\r\n\u001a\n", "image/png"},
        {"\u00ff\u00d8\u00ff", "image/jpeg"}};

    private static final String[][] EXACT_LAST = {{"\u001a\u0045\u00df\u00a3", "video/webm"}};

    private static final String[][] EXACT_FONTS_ARCHIVES = {{"\u0000\u0001\u0000\u0000", "font/ttf"},
        {"OTTO", "font/otf"}, {"ttcf", "font/collection"}, {"wOFF", "font/woff"}, {"wOF2", "font/woff2"},
        {"\u001f\u008b\u0008", "application/x-gzip"}, {"PK\u0003\u0004", "application/zip"},
        {"Rar!\u001a\u0007\u0000", "application/x-rar-compressed"},
        {"Rar!\u001a\u0007\u0001\u0000", "application/x-rar-compressed"}, {"\u0000asm", "application/wasm"}};

    private static int b(byte[] d, int i) {
        return d[i] & 0xff;
    }

    private static boolean isWS(byte c) {
        return c == '\t' || c == '\n' || c == 0x0c || c == '\r' || c == ' ';
    }

    /** Each char of {@code sig} is one byte (ISO-8859-1). */
    private static boolean startsWith(byte[] d, int at, int end, String sig) {
        if (end - at < sig.length()) {
            return false;
        }
        for (int i = 0; i < sig.length(); i++) {
            if (b(d, at + i) != sig.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Go's {@code htmlSig}: the tag, letters case-insensitive, then a space or '>'. */
    private static boolean html(byte[] d, int at, int end, String tag) {
        if (end - at < tag.length() + 1) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            int c = b(d, at + i);
            char t = tag.charAt(i);
            if (t >= 'A' && t <= 'Z') {
                c &= 0xDF;
            }
            if (c != t) {
                return false;
            }
        }
        int next = b(d, at + tag.length());
        return next == ' ' || next == '>';
    }

    /** {@code RIFF????<kind>}: a RIFF container of the given kind (at byte 8), at least {@code min} bytes. */
    private static boolean riff(byte[] d, int off, int end, String kind, int min) {
        return end - off >= min && startsWith(d, off, end, "RIFF") && startsWith(d, off + 8, end, kind);
    }

    /** Go's {@code mp4Sig}: an ftyp box whose brands include {@code mp4}. */
    private static boolean mp4(byte[] d, int off, int end) {
        int n = end - off;
        if (n < 12) {
            return false;
        }
        long box = (long) b(d, off) << 24 | b(d, off + 1) << 16 | b(d, off + 2) << 8 | b(d, off + 3);
        if (n < box || box % 4 != 0 || !startsWith(d, off + 4, end, "ftyp")) {
            return false;
        }
        for (int st = 8; st < box; st += 4) {
            if (st != 12 && startsWith(d, off + st, end, "mp4")) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, String> BY_EXT = new HashMap<>();

    static {
        String[] t = {".avif", "image/avif", ".css", "text/css; charset=utf-8", ".gif", "image/gif", ".htm", HTML,
            ".html", HTML, ".jpeg", "image/jpeg", ".jpg", "image/jpeg", ".js", "text/javascript; charset=utf-8",
            ".json", "application/json", ".mjs", "text/javascript; charset=utf-8", ".pdf", "application/pdf",
            ".png", "image/png", ".svg", "image/svg+xml", ".wasm", "application/wasm", ".webp", "image/webp",
            ".xml", "text/xml; charset=utf-8",
            // beyond Go's built-in table (Go adds these from the system's mime.types)
            ".txt", "text/plain; charset=utf-8", ".md", "text/markdown; charset=utf-8", ".csv",
            "text/csv; charset=utf-8", ".ico", "image/x-icon", ".map", "application/json", ".woff", "font/woff",
            ".woff2", "font/woff2", ".ttf", "font/ttf", ".otf", "font/otf", ".mp4", "video/mp4", ".webm",
            "video/webm", ".mp3", "audio/mpeg", ".wav", "audio/wav", ".ogg", "audio/ogg", ".zip", "application/zip",
            ".gz", "application/gzip", ".tar", "application/x-tar", ".bmp", "image/bmp", ".webmanifest",
            "application/manifest+json"};
        for (int i = 0; i < t.length; i += 2) {
            BY_EXT.put(t[i], t[i + 1]);
        }
    }

    /**
     * {@return Go's {@code mime.TypeByExtension}: the type for an extension such as {@code .html} (leading
     *   dot, any case), or "" when unknown} Includes {@code .wasm} ({@code application/wasm}) and {@code
     *   .mjs}.
     *
     * @param ext the file name extension, with its dot
     */
    public static String byExtension(String ext) {
        String t = BY_EXT.get(ext);
        if (t == null) {
            t = BY_EXT.get(Ascii.toLower(ext));
        }
        return t == null ? "" : t;
    }
}
