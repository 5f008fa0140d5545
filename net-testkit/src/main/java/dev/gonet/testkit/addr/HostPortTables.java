package dev.gonet.testkit.addr;

import dev.gonet.AddrException;
import dev.gonet.HostPort;
import dev.gonet.testkit.Check;

/** Go 1.19's TestSplitHostPort and TestJoinHostPort tables. */
final class HostPortTables {
    private HostPortTables() {
    }

    /** SplitHostPort(hostPort) is host, port. */
    record SplitCase(String hostPort, String host, String port) {
    }

    /** SplitHostPort(hostPort) fails with err as the AddrError's Err. */
    record SplitErrorCase(String hostPort, String err) {
    }

    static Table split() {
        Table t = new Table("HostPort.split");
        SplitCase[] ok = {
            // Host name
            new SplitCase("localhost:http", "localhost", "http"),
            new SplitCase("localhost:80", "localhost", "80"),
            // Go-specific host name with zone identifier
            new SplitCase("localhost%lo0:http", "localhost%lo0", "http"),
            new SplitCase("localhost%lo0:80", "localhost%lo0", "80"),
            new SplitCase("[localhost%lo0]:http", "localhost%lo0", "http"),
            new SplitCase("[localhost%lo0]:80", "localhost%lo0", "80"),
            // IP literal
            new SplitCase("127.0.0.1:http", "127.0.0.1", "http"),
            new SplitCase("127.0.0.1:80", "127.0.0.1", "80"),
            new SplitCase("[::1]:http", "::1", "http"),
            new SplitCase("[::1]:80", "::1", "80"),
            // IP literal with zone identifier
            new SplitCase("[::1%lo0]:http", "::1%lo0", "http"),
            new SplitCase("[::1%lo0]:80", "::1%lo0", "80"),
            // Go-specific wildcard for host name
            new SplitCase(":http", "", "http"),
            new SplitCase(":80", "", "80"),
            // Go-specific wildcard for service name or transport port number
            new SplitCase("golang.org:", "golang.org", ""),
            new SplitCase("127.0.0.1:", "127.0.0.1", ""),
            new SplitCase("[::1]:", "::1", ""),
            // Opaque service name
            new SplitCase("golang.org:https%foo", "golang.org", "https%foo"),
        };
        for (SplitCase r : ok) {
            addSplitOK(t, r.hostPort(), r.host(), r.port());
        }
        SplitErrorCase[] bad = {
            new SplitErrorCase("golang.org", "missing port in address"),
            new SplitErrorCase("127.0.0.1", "missing port in address"),
            new SplitErrorCase("[::1]", "missing port in address"),
            new SplitErrorCase("[fe80::1%lo0]", "missing port in address"),
            new SplitErrorCase("[localhost%lo0]", "missing port in address"),
            new SplitErrorCase("localhost%lo0", "missing port in address"),
            new SplitErrorCase("::1", "too many colons in address"),
            new SplitErrorCase("fe80::1%lo0", "too many colons in address"),
            new SplitErrorCase("fe80::1%lo0:80", "too many colons in address"),
            // Cases that did not fail in Go 1
            new SplitErrorCase("[foo:bar]", "missing port in address"),
            new SplitErrorCase("[foo:bar]baz", "missing port in address"),
            new SplitErrorCase("[foo]bar:baz", "missing port in address"),
            new SplitErrorCase("[foo]:[bar]:baz", "too many colons in address"),
            new SplitErrorCase("[foo]:[bar]baz", "unexpected '[' in address"),
            new SplitErrorCase("foo[bar]:baz", "unexpected '[' in address"),
            new SplitErrorCase("foo]bar:baz", "unexpected ']' in address"),
        };
        for (SplitErrorCase r : bad) {
            addSplitError(t, r.hostPort(), r.err());
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

    private record JoinCase(String host, String port, String hostPort) {
    }

    static Table join() {
        Table t = new Table("HostPort.join");
        JoinCase[] rows = {
            // Host name
            new JoinCase("localhost", "http", "localhost:http"),
            new JoinCase("localhost", "80", "localhost:80"),
            // Go-specific host name with zone identifier
            new JoinCase("localhost%lo0", "http", "localhost%lo0:http"),
            new JoinCase("localhost%lo0", "80", "localhost%lo0:80"),
            // IP literal
            new JoinCase("127.0.0.1", "http", "127.0.0.1:http"),
            new JoinCase("127.0.0.1", "80", "127.0.0.1:80"),
            new JoinCase("::1", "http", "[::1]:http"),
            new JoinCase("::1", "80", "[::1]:80"),
            // IP literal with zone identifier
            new JoinCase("::1%lo0", "http", "[::1%lo0]:http"),
            new JoinCase("::1%lo0", "80", "[::1%lo0]:80"),
            // Go-specific wildcard for host name
            new JoinCase("", "http", ":http"),
            new JoinCase("", "80", ":80"),
            // Go-specific wildcard for service name or transport port number
            new JoinCase("golang.org", "", "golang.org:"),
            new JoinCase("127.0.0.1", "", "127.0.0.1:"),
            new JoinCase("::1", "", "[::1]:"),
            // Opaque service name
            new JoinCase("golang.org", "https%foo", "golang.org:https%foo"),
            // Beyond Go's table: nothing is validated or escaped.
            new JoinCase("", "", ":"),
            new JoinCase("[::1]", "80", "[[::1]]:80"),
            new JoinCase("a]b", "c:d", "a]b:c:d"),
            new JoinCase("é", "８０", "é:８０"),
        };
        for (JoinCase r : rows) {
            String what = "JoinHostPort(" + Show.q(r.host()) + ", " + Show.q(r.port()) + ")";
            t.add(what, () -> Check.equal(what, HostPort.join(r.host(), r.port()), r.hostPort()));
        }
        return t;
    }
}
