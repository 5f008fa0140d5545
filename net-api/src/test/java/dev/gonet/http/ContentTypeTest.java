package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Go's {@code sniff_test.go} table (each char one byte), and the extension table. */
class ContentTypeTest {
    private record SniffCase(String name, String data, String want) {
    }

    static final SniffCase[] SNIFF = {
        new SniffCase("Empty", "", "text/plain; charset=utf-8"),
        new SniffCase("Binary", "\u0001\u0002\u0003", "application/octet-stream"),
        new SniffCase("HTML document #1", "<HtMl><bOdY>blah blah blah</body></html>", "text/html; charset=utf-8"),
        new SniffCase("HTML document #2", "<HTML></HTML>", "text/html; charset=utf-8"),
        new SniffCase("HTML document #3 (leading whitespace)", "   <!DOCTYPE HTML>...", "text/html; charset=utf-8"),
        new SniffCase("HTML document #4 (leading CRLF)", "\r\n<html>...", "text/html; charset=utf-8"),
        new SniffCase("Plain text", "This is not HTML. It has \u00e2\u0098\u0083 though.", "text/plain; charset=utf-8"),
        new SniffCase("XML", "\n<?xml!", "text/xml; charset=utf-8"),
        new SniffCase("Windows icon", "\u0000\u0000\u0001\u0000", "image/x-icon"),
        new SniffCase("Windows cursor", "\u0000\u0000\u0002\u0000", "image/x-icon"),
        new SniffCase("BMP image", "BM...", "image/bmp"),
        new SniffCase("GIF 87a", "GIF87a", "image/gif"),
        new SniffCase("GIF 89a", "GIF89a...", "image/gif"),
        new SniffCase("WEBP image", "RIFF\u0000\u0000\u0000\u0000WEBPVP", "image/webp"),
        new SniffCase("PNG image", "\u0089PNG\r\n\u001a\n", "image/png"),
        new SniffCase("JPEG image", "\u00ff\u00d8\u00ff", "image/jpeg"),
        new SniffCase("MIDI audio", "MThd\u0000\u0000\u0000\u0006\u0000\u0001", "audio/midi"),
        new SniffCase("MP3 audio/MPEG audio", "ID3\u0003\u0000\u0000\u0000\u0000\u000f", "audio/mpeg"),
        new SniffCase("WAV audio #1", "RIFFb\u00b8\u0000\u0000WAVEfmt \u0012\u0000\u0000\u0000\u0006", "audio/wave"),
        new SniffCase("WAV audio #2", "RIFF,\u0000\u0000\u0000WAVEfmt \u0012\u0000\u0000\u0000\u0006", "audio/wave"),
        new SniffCase("AIFF audio #1", "FORM\u0000\u0000\u0000\u0000AIFFCOMM\u0000\u0000\u0000\u0012\u0000\u0001\u0000\u0000WU\u0000"
            + "\u0010@\r\u00f34", "audio/aiff"),
        new SniffCase("OGG audio", "OggS\u0000\u0002\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000~F\u0000\u0000",
            "application/ogg"),
        new SniffCase("Must not match OGG 1", "owow\u0000", "application/octet-stream"),
        new SniffCase("Must not match OGG 2", "oooS\u0000", "application/octet-stream"),
        new SniffCase("Must not match OGG 3", "oggS\u0000", "application/octet-stream"),
        new SniffCase("MP4 video", "\u0000\u0000\u0000\u0018ftypmp42\u0000\u0000\u0000\u0000mp42isom<\u0006t\u00bfmdat",
            "video/mp4"),
        new SniffCase("AVI video #1", "RIFF,O\n\u0000AVI LIST\u00c3\u0080", "video/avi"),
        new SniffCase("AVI video #2", "RIFF,\n\u0000\u0000AVI LIST\u00c3\u0080", "video/avi"),
        new SniffCase("TTF sample  I", "\u0000\u0001\u0000\u0000\u0000\u0017\u0001\u0000\u0000\u0004\u0001`O",
            "font/ttf"),
        new SniffCase("TTF sample II", "\u0000\u0001\u0000\u0000\u0000\u000e\u0000\u0080\u0000\u0003\u0000`F",
            "font/ttf"),
        new SniffCase("OTTO sample  I", "OTTO\u0000\u000e\u0000\u0080\u0000\u0003\u0000`BASE", "font/otf"),
        new SniffCase("woff sample  I", "wOFF\u0000\u0001\u0000\u0000\u0000\u00000T\u0000\r\u0000\u0000", "font/woff"),
        new SniffCase("woff2 sample", "wOF2\u0000\u0001\u0000\u0000\u0000", "font/woff2"),
        new SniffCase("wasm sample", "\u0000asm\u0001\u0000", "application/wasm"),
        new SniffCase("RAR v1.5-v4.0", "Rar!\u001a\u0007\u0000", "application/x-rar-compressed"),
        new SniffCase("RAR v5+", "Rar!\u001a\u0007\u0001\u0000", "application/x-rar-compressed"),
        new SniffCase("Incorrect RAR v1.5-v4.0", "Rar \u001a\u0007\u0000", "application/octet-stream"),
        new SniffCase("Incorrect RAR v5+", "Rar \u001a\u0007\u0001\u0000", "application/octet-stream"),
        // beyond Go's table: signature order and limits
        new SniffCase("PDF", "%PDF-1.7", "application/pdf"),
        new SniffCase("gzip", "\u001f\u008b\u0008\u0000", "application/x-gzip"),
        new SniffCase("zip", "PK\u0003\u0004", "application/zip"),
        new SniffCase("webm", "\u001aE\u00df\u00a3", "video/webm"),
        new SniffCase("tag needs a terminator", "<html", "text/plain; charset=utf-8"),
        new SniffCase("tag then space", "<p class=x>", "text/html; charset=utf-8"),
        new SniffCase("comment", "<!-- x -->", "text/html; charset=utf-8"),
        new SniffCase("JSON is text", "{\"a\": [1, 2]}", "text/plain; charset=utf-8"),
        new SniffCase("UTF-8 BOM", "\u00ef\u00bb\u00bfhi", "text/plain; charset=utf-8"),
        new SniffCase("UTF-16BE BOM", "\u00fe\u00ff\u0000h", "text/plain; charset=utf-16be"),
        new SniffCase("UTF-16LE BOM", "\u00ff\u00feh\u0000", "text/plain; charset=utf-16le"),
    };

    @Test
    void detect() {
        for (SniffCase row : SNIFF) {
            byte[] b = row.data().getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(row.want(), ContentType.detect(b), "DetectContentType(" + row.name() + ")");
            // The same bytes inside a larger array, at an offset.
            byte[] framed = new byte[b.length + 6];
            System.arraycopy(b, 0, framed, 3, b.length);
            assertEquals(row.want(), ContentType.detect(framed, 3, b.length), row.name() + " at an offset");
        }
    }

    @Test
    void onlyTheFirst512BytesCount() {
        byte[] b = new byte[600];
        java.util.Arrays.fill(b, (byte) 'a');
        b[550] = 1; // a binary byte past the sniff window
        assertEquals("text/plain; charset=utf-8", ContentType.detect(b));
        b[500] = 1;
        assertEquals("application/octet-stream", ContentType.detect(b));
    }

    private record ExtensionCase(String ext, String want) {
    }

    @Test
    void byExtension() {
        ExtensionCase[] rows = {
            new ExtensionCase(".html", "text/html; charset=utf-8"),
            new ExtensionCase(".HTML", "text/html; charset=utf-8"),
            new ExtensionCase(".css", "text/css; charset=utf-8"),
            new ExtensionCase(".js", "text/javascript; charset=utf-8"),
            new ExtensionCase(".mjs", "text/javascript; charset=utf-8"),
            new ExtensionCase(".wasm", "application/wasm"),
            new ExtensionCase(".json", "application/json"),
            new ExtensionCase(".svg", "image/svg+xml"),
            new ExtensionCase(".png", "image/png"),
            new ExtensionCase(".txt", "text/plain; charset=utf-8"),
            new ExtensionCase(".unknownext", ""),
            new ExtensionCase("", ""),
        };
        for (ExtensionCase row : rows) {
            assertEquals(row.want(), ContentType.byExtension(row.ext()),
                    () -> "byExtension(" + Failures.q(row.ext()) + ")");
        }
    }
}
