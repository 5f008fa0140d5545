package dev.gonet.ws;

/**
 * Go's {@code strconv.Quote} ({@code %q}) for the texts of errors, which quote reasons, header
 * values and keys as Go does. A copy of the rules in {@code dev.gonet.http}'s quoting (that one
 * is package-private, and packages are never split): printable runes stay, {@code "} and
 * {@code \} are escaped, the rest become {@code \n}, {@code \x07}, {@code \u2028}, ....
 * A lone surrogate is quoted as U+FFFD, the rune Go would hold for it.
 */
final class GoQuote {
    private GoQuote() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length();) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (r >= 0xD800 && r <= 0xDFFF) {
                r = 0xFFFD;
            }
            appendRune(b, r);
        }
        return b.append('"').toString();
    }

    private static void appendRune(StringBuilder b, int r) {
        if (r == '"' || r == '\\') {
            b.append('\\').append((char) r);
        } else if (isPrint(r)) {
            b.appendCodePoint(r);
        } else if (r == 0x07) {
            b.append("\\a");
        } else if (r == '\b') {
            b.append("\\b");
        } else if (r == '\f') {
            b.append("\\f");
        } else if (r == '\n') {
            b.append("\\n");
        } else if (r == '\r') {
            b.append("\\r");
        } else if (r == '\t') {
            b.append("\\t");
        } else if (r == 0x0B) {
            b.append("\\v");
        } else if (r < ' ' || r == 0x7F) {
            b.append("\\x").append(HEX[r >> 4]).append(HEX[r & 0xF]);
        } else if (r < 0x10000) {
            b.append("\\u");
            hex(b, r, 12);
        } else {
            b.append("\\U");
            hex(b, r, 28);
        }
    }

    private static void hex(StringBuilder b, int r, int topShift) {
        for (int s = topShift; s >= 0; s -= 4) {
            b.append(HEX[r >> s & 0xF]);
        }
    }

    /** Go's {@code strconv.IsPrint} on Java's Unicode tables: letters, marks, numbers, punctuation, symbols, ASCII space. */
    private static boolean isPrint(int r) {
        if (r <= 0xFF) {
            return (r >= 0x20 && r <= 0x7E) || (r >= 0xA1 && r != 0xAD);
        }
        switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL:
            case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
