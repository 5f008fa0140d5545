package dev.gonet.dns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfTextTest {

    record LinesRow(String text, List<String> want) {
    }

    @Test
    void linesAsGoReadsThem() {
        List<LinesRow> rows = List.of(
                new LinesRow("", List.of()),
                new LinesRow("a", List.of("a")),
                new LinesRow("a\n", List.of("a")),
                new LinesRow("a\n\n", List.of("a", "")),
                new LinesRow("a\r\nb", List.of("a\r", "b")),
                new LinesRow("\n\na", List.of("", "", "a")));
        for (LinesRow r : rows) {
            assertEquals(r.want(), ConfText.lines(r.text()), "lines(" + quote(r.text()) + ")");
        }
    }

    @Test
    void aLineOf64KiBEndsTheFile() {
        String fits = "x".repeat(ConfText.MAX_LINE_BYTES - 1);
        assertEquals(List.of("a", fits, "b"), ConfText.lines("a\n" + fits + "\nb"), "a 65535-byte line is read");
        String tooLong = "x".repeat(ConfText.MAX_LINE_BYTES);
        assertEquals(List.of("a"), ConfText.lines("a\n" + tooLong + "\nb\n"), "a 65536-byte line stops Go's reader");
        // Bytes, not chars: 21846 three-byte chars make 65538 bytes.
        assertEquals(List.of(), ConfText.lines("€".repeat(21846) + "\nb"), "measured in UTF-8 bytes");
    }

    @Test
    void fieldsSplitOnGoSeparatorsOnly() {
        assertEquals(List.of("127.0.0.1", "localhost", "a"), ConfText.fields(" 127.0.0.1\t localhost\r\na "));
        assertEquals(List.of("a\u000bb", "c\fd"), ConfText.fields("a\u000bb c\fd"), "vertical tab and form feed are not separators");
        assertEquals(List.of(), ConfText.fields(" \t\r\n"));
    }

    @Test
    void asciiOnlyCaseFolding() {
        assertEquals("localhost", ConfText.lowerASCII("LocalHost"));
        assertEquals("straße-İ", ConfText.lowerASCII("STRAßE-İ"), "only A-Z change");
        assertTrue(ConfText.hasSuffixFold("x.ONION", ".onion"));
        assertFalse(ConfText.hasSuffixFold("onion", ".onion"));
        assertEquals(2, ConfText.utf8Length("é"));
        assertEquals(4, ConfText.utf8Length("\ud83d\ude00"));
    }

    static String quote(String s) {
        return "\"" + s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }
}
