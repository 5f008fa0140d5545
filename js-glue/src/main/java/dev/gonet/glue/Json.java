package dev.gonet.glue;

/** Just enough JSON output for the export results; hand-written to stay TeaVM-small. */
final class Json {
    private Json() {
    }

    /** An object from alternating key/value arguments; values are strings, booleans or numbers. */
    static String object(Object... kv) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < kv.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            quote(sb, (String) kv[i]);
            sb.append(':');
            Object v = kv[i + 1];
            if (v == null) {
                sb.append("null");
            } else if (v instanceof String s) {
                quote(sb, s);
            } else {
                sb.append(v);
            }
        }
        return sb.append('}').toString();
    }

    static String error(String message) {
        return object("error", message);
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20 || (ch >= 0xD800 && ch <= 0xDFFF)) {
                String hex = Integer.toHexString(ch);
                sb.append("\\u").append("0000", hex.length(), 4).append(hex);
            } else {
                sb.append(ch);
            }
        }
        sb.append('"');
    }
}
