package dev.gonet.url;

import java.util.Objects;

/**
 * Go's {@code url.Userinfo}: an immutable user name and optional password. A password that is
 * set but empty ({@code user:@host}) differs from no password ({@code user@host}), as in Go.
 */
public final class Userinfo {
    private final String username;
    private final String password;
    private final boolean passwordSet;

    private Userinfo(String username, String password, boolean passwordSet) {
        this.username = username;
        this.password = password;
        this.passwordSet = passwordSet;
    }

    /**
     * {@return Go's {@code url.User}: a user name and no password}
     *
     * @param username the user name
     */
    public static Userinfo user(String username) {
        return new Userinfo(username, "", false);
    }

    /**
     * {@return Go's {@code url.UserPassword}}
     *
     * @param username the user name
     * @param password the password
     */
    public static Userinfo userPassword(String username, String password) {
        return new Userinfo(username, password, true);
    }

    /** {@return the user name} */
    public String username() {
        return username;
    }

    /** {@return the password, or {@code ""} when none is set (see {@link #passwordSet()})} */
    public String password() {
        return password;
    }

    /** {@return whether a password was given (it may be empty)} */
    public boolean passwordSet() {
        return passwordSet;
    }

    /** Go's {@code Userinfo.String}: {@code user[:password]}, escaped for the userinfo part. */
    @Override
    public String toString() {
        String s = URLEscape.escape(username, URLEscape.USER_PASSWORD);
        return passwordSet ? s + ":" + URLEscape.escape(password, URLEscape.USER_PASSWORD) : s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Userinfo u && u.username.equals(username) && u.password.equals(password)
                && u.passwordSet == passwordSet;
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, password, passwordSet);
    }
}
