package dev.gonet.dns.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Go 1.19's configuration-file scanning ({@code net/parse.go}): how {@code /etc/hosts},
 * {@code /etc/services}, {@code /etc/protocols} and {@code /etc/resolv.conf} are cut into
 * lines and fields. Shared by the JVM resolver (which reads the files) and any platform that
 * gets the text some other way; no regex, no {@code java.net}, so TeaVM compiles it.
 */
public final class ConfText {
    /**
     * Go reads these files through a 64 KiB buffer and stops at the first line that does not
     * fit with its newline: a line of this many UTF-8 bytes or more ends the file.
     */
    public static final int MAX_LINE_BYTES = 64 * 1024;

    private ConfText() {
    }

    /**
     * Go's {@code file.readLine} loop: lines split at {@code \n} only ({@code \r} stays, and
     * {@link #fields} drops it), no empty line after a final newline, and nothing from the first
     * over-long line on.
     */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            if (utf8Length(text, start, end) >= MAX_LINE_BYTES) {
                break;
            }
            out.add(text.substring(start, end));
            start = end + 1;
        }
        return out;
    }

    /** Go's {@code getFields}: the non-empty runs between spaces, tabs, {@code \r} and {@code \n}. */
    public static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < line.length(); i++) {
            if (isFieldSeparator(line.charAt(i))) {
                if (last < i) {
                    out.add(line.substring(last, i));
                }
                last = i + 1;
            }
        }
        if (last < line.length()) {
            out.add(line.substring(last));
        }
        return out;
    }

    private static boolean isFieldSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** The line up to its first {@code #}, as the hosts, services and protocols readers cut it. */
    public static String stripComment(String line) {
        int i = line.indexOf('#');
        return i < 0 ? line : line.substring(0, i);
    }

    /** Go's {@code lowerASCIIBytes}: only A-Z change, so non-ASCII names compare byte for byte. */
    public static String lowerASCII(String s) {
        if (!hasUpperCase(s)) {
            return s;
        }
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] += 'a' - 'A';
            }
        }
        return new String(c);
    }

    /** Go's {@code hasUpperCase}: ASCII upper case only. */
    public static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** Go's {@code stringsHasSuffixFold}, ASCII case folding. */
    public static boolean hasSuffixFold(String s, String suffix) {
        return s.length() >= suffix.length()
                && lowerASCII(s.substring(s.length() - suffix.length())).equals(lowerASCII(suffix));
    }

    /** The length in UTF-8 bytes of {@code s}: Go measures names and lines in bytes. */
    public static int utf8Length(String s) {
        return utf8Length(s, 0, s.length());
    }

    static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
