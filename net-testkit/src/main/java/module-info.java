/**
 * gonet's portable test suites ({@code ConnConformance}, the Go address tables, ...): plain
 * code with no JUnit in it, run by JUnit on the JVM and, compiled by TeaVM, in the browser.
 * Every package is for users' own transports and tests, so all are exported.
 */
module dev.gonet.testkit {
    requires transitive dev.gonet;

    exports dev.gonet.testkit;
    exports dev.gonet.testkit.addr;
    exports dev.gonet.testkit.conn;
    exports dev.gonet.testkit.dns;
    exports dev.gonet.testkit.http;
    exports dev.gonet.testkit.httptest;
    exports dev.gonet.testkit.names;
    exports dev.gonet.testkit.ws;
}
