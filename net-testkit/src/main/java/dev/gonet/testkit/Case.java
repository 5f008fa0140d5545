package dev.gonet.testkit;

/**
 * One named check that runs unchanged on the JVM and under TeaVM (JS and WASM-GC).
 *
 * <p>The body signals failure by throwing; {@link Check} builds Go-style failure texts such as
 * {@code parseIP("1.2..3") = 1.2.0.3, want null}. Cases carry no JUnit types so the browser
 * bundles can run them; JUnit on the JVM and Playwright in Chromium both turn each case into
 * its own visible test.
 *
 * @param suite the suite the case belongs to, e.g. {@code ConnConformance[pipe]}
 * @param name  the case name, unique within its suite
 * @param body  the check itself
 */
public record Case(String suite, String name, Body body) {

    /** The code of a case; any throwable is a failure. */
    @FunctionalInterface
    public interface Body {
        /**
         * Runs the case; returns normally to pass, throws to fail.
         *
         * @throws Exception to fail the case
         */
        void run() throws Exception;
    }

    /**
     * {@code suite/name}: the identity compared across JVM, JS and WASM-GC runs.
     *
     * @return {@code suite/name}
     */
    public String id() {
        return suite + "/" + name;
    }
}
