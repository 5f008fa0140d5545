package dev.gonet.jvm.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.DNSException;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.SRV;
import dev.gonet.SRVResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MX, SRV, TXT and NS through the JVM's resolver, which (as Go on every Unix) always asks with
 * its own stub client, against a real dnsmasq on 127.0.0.1.
 */
class StubRecordsTest {
    static final String RECORDS = "local=/rec.test/\n"
            + "mx-host=rec.test,mx2.rec.test,20\nmx-host=rec.test,mx1.rec.test,10\n"
            + "srv-host=_sip._tcp.rec.test,sip1.rec.test,5060,1,10\nsrv-host=_sip._tcp.rec.test,sip0.rec.test,5061,0,5\n"
            + "txt-record=rec.test,\"v=spf1 -all\",\" and more\"\ntxt-record=rec.test,second\n"
            + "dns-rr=rec.test,2,036e733103726563047465737400\n"
            + "host-record=a.rec.test,192.0.2.1\n";

    static Dnsmasq dnsmasq;
    static String at;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        dnsmasq = Dnsmasq.start(RECORDS);
        at = " on " + dnsmasq.server() + ": ";
    }

    @AfterAll
    static void stop() throws Exception {
        dnsmasq.close();
    }

    static SystemResolver resolver(boolean preferGo) throws IOException {
        Path rc = Files.createTempFile(dir, "resolv", ".conf");
        Files.writeString(rc, "options attempts:1\n");
        return new SystemResolver().withPreferGo(preferGo).withResolvConf(rc).withHostsFile(dir.resolve("no-hosts"))
                .withNameservers(dnsmasq.server());
    }

    @Test
    void recordsWithAndWithoutPreferGo() throws IOException {
        for (boolean preferGo : new boolean[] {true, false}) {
            SystemResolver r = resolver(preferGo);
            String what = "preferGo " + preferGo + ": ";
            assertEquals(List.of(new MX("mx1.rec.test.", 10), new MX("mx2.rec.test.", 20)), r.lookupMX("rec.test"),
                    what + "MX by preference");
            SRVResult srv = r.lookupSRV("sip", "tcp", "rec.test");
            assertEquals("_sip._tcp.rec.test.", srv.cname(), what + "SRV cname");
            assertEquals(List.of(new SRV("sip0.rec.test.", 5061, 0, 5), new SRV("sip1.rec.test.", 5060, 1, 10)),
                    srv.addrs(), what + "SRV by priority");
            List<String> txt = r.lookupTXT("rec.test");
            assertEquals(2, txt.size(), what + "two TXT records");
            assertTrue(txt.containsAll(List.of("v=spf1 -all and more", "second")), what + "strings joined: " + txt);
            assertEquals(List.of(new NS("ns1.rec.test.")), r.lookupNS("rec.test"), what + "NS");
        }
    }

    @Test
    void notFoundAndInvalidNames() throws IOException {
        SystemResolver r = resolver(false);
        DNSException nodata = assertThrows(DNSException.class, () -> r.lookupMX("a.rec.test"));
        assertEquals("lookup a.rec.test" + at + "no such host", nodata.getMessage(), "no MX record: Go's no such host");
        assertTrue(nodata.isNotFound());
        assertEquals("lookup _x._udp.rec.test" + at + "no such host",
                assertThrows(DNSException.class, () -> r.lookupSRV("x", "udp", "rec.test")).getMessage());
        assertEquals("lookup nx.rec.test" + at + "no such host",
                assertThrows(DNSException.class, () -> r.lookupTXT("nx.rec.test")).getMessage());
        assertEquals("lookup bad name!: no such host",
                assertThrows(DNSException.class, () -> r.lookupNS("bad name!")).getMessage(), "nothing sent");
    }
}
