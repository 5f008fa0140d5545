package dev.gonet.http;

/**
 * The registering call site, for conflict messages: Go prints {@code file:line} of the user's
 * call to Handle; Java's equivalent is the first stack frame outside the router classes.
 */
final class CallerLocation {
    private CallerLocation() {
    }

    private static final String[] INTERNAL = {"dev.gonet.http.Routes", "dev.gonet.http.ServeMux",
            "dev.gonet.http.CallerLocation"};

    /** {@code com.example.App.main(App.java:12)}, or Go's {@code unknown location}. */
    static String find() {
        StackTraceElement[] stack = new Throwable().getStackTrace();
        if (stack != null) {
            for (StackTraceElement e : stack) {
                String c = e.getClassName();
                if (c == null || isInternal(c)) {
                    continue;
                }
                return c + "." + e.getMethodName() + "(" + e.getFileName() + ":" + e.getLineNumber() + ")";
            }
        }
        // TeaVM builds without stack traces land here, as does Go when runtime.Caller fails.
        return "unknown location";
    }

    private static boolean isInternal(String className) {
        for (String internal : INTERNAL) {
            if (className.equals(internal) || className.startsWith(internal + "$")) {
                return true;
            }
        }
        return false;
    }
}
