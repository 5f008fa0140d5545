package dev.gonet.testkit.addr;

import dev.gonet.AddrException;
import dev.gonet.HostPort;
import dev.gonet.testkit.Check;

/** Go 1.19's TestSplitHostPort and TestJoinHostPort tables. */
final class HostPortTables {
    private HostPortTables() {
    }

    static Table split() {
        Table t = new Table("HostPort.split");
        String[][] ok = {
            // Host name
            {"localhost:http", "localhost", "http"},
            {"localhost:80", "localhost", "80"},
            // Go-specific host name with zone identifier
            {"localhost%lo0:http", "localhost%lo0", "http"},
            {"localhost%lo0:80", "localhost%lo0", "80"},
            {"[localhost%lo0]:http", "localhost%lo0", "http"},
            {"[localhost%lo0]:80", "localhost%lo0", "80"},
            // IP literal
            {"127.0.0.1:http", "127.0.0.1", "http"},
            {"127.0.0.1:80", "127.0.0.1", "80"},
            {"[::1]:http", "::1", "http"},
            {"[::1]:80", "::1", "80"},
            // IP literal with zone identifier
            {"[::1%lo0]:http", "::1%lo0", "http"},
            {"[::1%lo0]:80", "::1%lo0", "80"},
            // Go-specific wildcard for host name
            {":http", "", "http"},
            {":80", "", "80"},
            // Go-specific wildcard for service name or transport port number
            {"golang.org:", "golang.org", ""},
            {"127.0.0.1:", "127.0.0.1", ""},
            {"[::1]:", "::1", ""},
            // Opaque service name
            {"golang.org:https%foo", "golang.org", "https%foo"},
        };
        for (String[] r : ok) {
            addSplitOK(t, r[0], r[1], r[2]);
        }
        String[][] bad = {
            {"golang.org", "missing port in address"},
            {"127.0.0.1", "missing port in address"},
            {"[::1]", "missing port in address"},
            {"[fe80::1%lo0]", "missing port in address"},
            {"[localhost%lo0]", "missing port in address"},
            {"localhost%lo0", "missing port in address"},
            {"::1", "too many colons in address"},
            {"fe80::1%lo0", "too many colons in address"},
            {"fe80::1%lo0:80", "too many colons in address"},
            // Cases that did not fail in Go 1
            {"[foo:bar]", "missing port in address"},
            {"[foo:bar]baz", "missing port in address"},
            {"[foo]bar:baz", "missing port in address"},
            {"[foo]:[bar]:baz", "too many colons in address"},
            {"[foo]:[bar]baz", "unexpected '[' in address"},
            {"foo[bar]:baz", "unexpected '[' in address"},
            {"foo]bar:baz", "unexpected ']' in address"},
        };
        for (String[] r : bad) {
            addSplitError(t, r[0], r[1]);
        }
        return t;
    }

    static void addSplitOK(Table t, String in, String host, String port) {
        String what = "SplitHostPort(" + Show.q(in) + ")";
        t.add(what, () -> {
            HostPort hp = HostPort.split(in);
            Check.isTrue(hp.host().equals(host) && hp.port().equals(port), what + " = " + Show.q(hp.host())
                    + ", " + Show.q(hp.port()) + "; want " + Show.q(host) + ", " + Show.q(port));
        });
    }

    /** The reason must be Go's, and the message Go's AddrError text. */
    static void addSplitError(Table t, String in, String why) {
        String what = "SplitHostPort(" + Show.q(in) + ")";
        t.add(what, () -> {
            AddrException e = Check.raises(AddrException.class, what, () -> HostPort.split(in));
            Check.equal(what + " err", e.err(), why);
            Check.equal(what + " addr", e.addr(), in);
            Check.equal(what + " message", e.getMessage(), in.isEmpty() ? why : "address " + in + ": " + why);
            Check.isTrue(!e.isTimeout(), what + ": isTimeout() = true");
        });
    }

    static Table join() {
        Table t = new Table("HostPort.join");
        String[][] rows = {
            // Host name
            {"localhost", "http", "localhost:http"},
            {"localhost", "80", "localhost:80"},
            // Go-specific host name with zone identifier
            {"localhost%lo0", "http", "localhost%lo0:http"},
            {"localhost%lo0", "80", "localhost%lo0:80"},
            // IP literal
            {"127.0.0.1", "http", "127.0.0.1:http"},
            {"127.0.0.1", "80", "127.0.0.1:80"},
            {"::1", "http", "[::1]:http"},
            {"::1", "80", "[::1]:80"},
            // IP literal with zone identifier
            {"::1%lo0", "http", "[::1%lo0]:http"},
            {"::1%lo0", "80", "[::1%lo0]:80"},
            // Go-specific wildcard for host name
            {"", "http", ":http"},
            {"", "80", ":80"},
            // Go-specific wildcard for service name or transport port number
            {"golang.org", "", "golang.org:"},
            {"127.0.0.1", "", "127.0.0.1:"},
            {"::1", "", "[::1]:"},
            // Opaque service name
            {"golang.org", "https%foo", "golang.org:https%foo"},
            // Beyond Go's table: nothing is validated or escaped.
            {"", "", ":"},
            {"[::1]", "80", "[[::1]]:80"},
            {"a]b", "c:d", "a]b:c:d"},
            {"é", "８０", "é:８０"},
        };
        for (String[] r : rows) {
            String what = "JoinHostPort(" + Show.q(r[0]) + ", " + Show.q(r[1]) + ")";
            t.add(what, () -> Check.equal(what, HostPort.join(r[0], r[1]), r[2]));
        }
        return t;
    }
}
