package dev.gonet.testkit;

import java.util.Objects;

/**
 * Assertions for portable cases. Failure texts follow Go's test style:
 * {@code what = got, want want}.
 */
public final class Check {
    private Check() {
    }

    /** Fails with {@code what = got, want want} unless the two are equal. */
    public static void equal(String what, Object got, Object want) {
        if (!Objects.equals(got, want)) {
            throw new AssertionError(what + " = " + show(got) + ", want " + show(want));
        }
    }

    public static void isTrue(boolean cond, String failureText) {
        if (!cond) {
            throw new AssertionError(failureText);
        }
    }

    public static AssertionError fail(String failureText) {
        throw new AssertionError(failureText);
    }

    /** Runs {@code body}, which must throw {@code type}; returns the exception. */
    public static <T extends Throwable> T raises(Class<T> type, String what, Case.Body body) {
        try {
            body.run();
        } catch (Throwable e) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            throw new AssertionError(what + ": got " + e + ", want " + type.getSimpleName(), e);
        }
        throw new AssertionError(what + ": returned normally, want " + type.getSimpleName());
    }

    static String show(Object o) {
        if (o instanceof String s) {
            return "\"" + s + "\"";
        }
        return String.valueOf(o);
    }
}
