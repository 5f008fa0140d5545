package dev.gonet.glue;

import org.teavm.jso.JSExport;

public final class GonetExports {
    private GonetExports() {
    }

    @JSExport
    public static String version() {
        return "0.1.0";
    }
}
