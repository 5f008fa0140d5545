package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gonet.internal.Ascii;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code t.Errorf} for table tests: every row runs, every failure is collected, and
 * {@link #done} fails once with all of them. Also counts rows so a table cannot silently shrink.
 * The one copy for net-api's tests ({@code dev.gonet.http} and {@code dev.gonet.ws} use it); it
 * cannot live in net-testkit, which depends on net-api. {@link #q} quotes with this package's
 * {@code GoText}.
 */
public final class Failures {
    private final List<String> errors = new ArrayList<>();
    private int rows;

    /** Counts one table row. */
    public void row() {
        rows++;
    }

    public void errorf(String message) {
        errors.add(message);
    }

    /** Records {@code call = got, want want} unless they are equal. */
    public void expect(String call, Object got, Object want) {
        if (got == null ? want != null : !got.equals(want)) {
            errors.add(call + " = " + got + ", want " + want);
        }
    }

    /** Fails with every collected error, and unless the table had at least {@code minRows} rows. */
    public void done(int minRows) {
        if (!errors.isEmpty()) {
            fail(errors.size() + " of " + rows + " rows failed:\n" + String.join("\n", errors));
        }
        assertTrue(rows >= minRows, "only " + rows + " rows ran, want at least " + minRows);
    }

    /** Go's %q, for failure text. */
    public static String q(String s) {
        return s == null ? "<null>" : Ascii.quote(s);
    }
}
