package dev.gonet.browsertest;

import dev.gonet.http.Transport;
import dev.gonet.jvm.JvmPlatform;
import dev.gonet.testkit.Case;
import dev.gonet.testkit.Result;
import dev.gonet.testkit.Runner;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link HttpClientCases} on the JVM, over gonet's own {@link Transport} against the same demo
 * server the browser cases use: the same Java, the same assertions, the other platform.
 */
class HttpClientCasesOnJvmTest {
    @TestFactory
    Stream<DynamicTest> overTransport() {
        JvmPlatform jvm = new JvmPlatform();
        Transport t = new Transport().withPlatform(jvm);
        Endpoints ep = new Endpoints(TestSite.url("").replaceAll("/$", ""), TestSite.otherOrigin(),
                TestSite.closed(), TestSite.tcpEcho(), TestSite.tcpDenied());
        HttpClientCases.Setup setup = new HttpClientCases.Setup(ep, () -> t,
                d -> new Transport().withPlatform(jvm).withResponseHeaderTimeout(d));
        return HttpClientCases.suite("HttpClient/jvm", setup).cases().stream()
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
    }

    private static void check(Case c) {
        Result r = Runner.run(c, Runner.DEFAULT_LIMIT_MILLIS);
        if (!r.passed()) {
            throw new AssertionError(r.message());
        }
    }
}
