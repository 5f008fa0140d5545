package dev.gonet.testkit.addr;

import dev.gonet.testkit.Suite;

import java.util.List;

/**
 * The address layer's portable suites: Go 1.19's own test tables from {@code net/ip_test.go}
 * (and netip's invalid-address list), rows for malformed input with Go's exact answers, and
 * generated garbage. No JUnit types: the same cases run on the JVM and in the browser.
 */
public final class AddrSuites {
    private AddrSuites() {
    }

    /** {@return every address suite, in a stable order; case ids are unique} */
    public static List<Suite> all() {
        return List.of(
                IPTables.parseIP(),
                IPTables.parseIPInvalid(),
                MalformedTables.parseIP(),
                IPTables.ipString(),
                IPTables.ipMask(),
                IPTables.scope(),
                IPTables.family(),
                IPMiscTables.equal(),
                IPMiscTables.forms(),
                IPMiscTables.constants(),
                MaskTables.string(),
                MaskTables.cidrMask(),
                MaskTables.size(),
                NetTables.parseCIDR(),
                MalformedTables.parseCIDR(),
                NetTables.contains(),
                NetTables.string(),
                HostPortTables.split(),
                MalformedTables.split(),
                HostPortTables.join(),
                RobustnessTables.robustness());
    }
}
