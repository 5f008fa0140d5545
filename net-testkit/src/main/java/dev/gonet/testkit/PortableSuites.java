package dev.gonet.testkit;

import dev.gonet.testkit.addr.AddrSuites;
import dev.gonet.testkit.conn.ConnSuites;
import dev.gonet.testkit.dns.DnsSuites;
import dev.gonet.testkit.http.HttpClientSuites;
import dev.gonet.testkit.names.NameSuites;
import dev.gonet.testkit.ws.WsConnSuites;
import dev.gonet.testkit.ws.WsSuites;
import java.util.ArrayList;
import java.util.List;

/**
 * Every portable suite, in one list: JUnit runs it on the JVM, the browser-tests bundles run
 * it in Chromium (JS and WASM-GC), and the two runs must report the same case ids.
 */
public final class PortableSuites {
    private PortableSuites() {
    }

    /** {@return every portable suite, in the order they run} */
    public static List<Suite> all() {
        List<Suite> all = new ArrayList<>();
        all.add(new HarnessSuite());
        all.addAll(AddrSuites.all());
        all.addAll(ConnSuites.all());
        all.addAll(NameSuites.all());
        all.addAll(WsSuites.all());
        all.addAll(WsConnSuites.all());
        all.addAll(HttpClientSuites.all());
        all.addAll(DnsSuites.all());
        return all;
    }
}
