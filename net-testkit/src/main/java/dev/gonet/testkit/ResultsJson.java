package dev.gonet.testkit;

import java.util.List;

/**
 * Encodes results as a JSON array of {@code {"id","passed","message","millis"}} objects: the
 * form the browser pages hand back to Playwright. Hand-written so it compiles under TeaVM.
 */
public final class ResultsJson {
    private ResultsJson() {
    }

    /**
     * {@return {@code results} as a JSON array, the form the browser pages report}
     *
     * @param results the results
     */
    public static String encode(List<Result> results) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"id\":");
            quote(sb, r.id());
            sb.append(",\"passed\":").append(r.passed());
            sb.append(",\"message\":");
            quote(sb, r.message());
            sb.append(",\"millis\":").append(r.millis()).append('}');
        }
        return sb.append(']').toString();
    }

    /**
     * {@return the ids alone, as a JSON array of strings}
     *
     * @param suites the suites
     */
    public static String ids(List<Suite> suites) {
        StringBuilder sb = new StringBuilder("[");
        boolean first = true;
        for (Suite s : suites) {
            for (Case c : s.cases()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(sb, c.id());
            }
        }
        return sb.append(']').toString();
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20 || (ch >= 0xD800 && ch <= 0xDFFF)) {
                        // lone surrogates would make the JSON invalid UTF-16 for some parsers
                        String hex = Integer.toHexString(ch);
                        sb.append("\\u");
                        for (int k = hex.length(); k < 4; k++) {
                            sb.append('0');
                        }
                        sb.append(hex);
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }
}
