package dev.gonet.testkit;

import java.util.Objects;

/**
 * Assertions for portable cases. Failure texts follow Go's test style:
 * {@code what = got, want want}.
 */
public final class Check {
    private Check() {
    }

    /**
     * Fails with {@code what = got, want want} unless the two are equal.
     *
     * @param what what is checked, for the failure text
     * @param got what the code under test produced
     * @param want the want
     */
    public static void equal(String what, Object got, Object want) {
        if (!Objects.equals(got, want)) {
            throw new AssertionError(what + " = " + show(got) + ", want " + show(want));
        }
    }

    /**
     * Fails with {@code failureText} unless {@code cond} holds.
     *
     * @param cond the cond
     * @param failureText the failure text
     */
    public static void isTrue(boolean cond, String failureText) {
        if (!cond) {
            throw new AssertionError(failureText);
        }
    }

    /**
     * {@return an {@link AssertionError} with {@code failureText}, for {@code throw Check.fail(...)}}
     *
     * @param failureText the failure text
     */
    public static AssertionError fail(String failureText) {
        throw new AssertionError(failureText);
    }

    /**
     * Runs {@code body}, which must throw {@code type}; returns the exception.
     *
     * @param <T> the type of the value
     * @param type the exception type expected
     * @param what what is checked, for the failure text
     * @param body the code to run
     * @return the exception {@code body} threw
     */
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
