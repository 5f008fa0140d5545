package dev.gonet.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.DNSException;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.Resolver;
import dev.gonet.dns.DoHHandler;
import dev.gonet.dns.DoHResolver;
import dev.gonet.dns.Zone;
import dev.gonet.http.ServeMux;
import dev.gonet.http.Server;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's DNS-over-HTTPS snippet, over a real loopback socket (port 0 instead of 8080). */
class ReadmeDnsExampleTest {

    @Test
    void dohFromTheReadme() throws Exception {
        ServeMux mux = new ServeMux();
        mux.handle("/dns-query", DoHHandler.forZone(Zone.builder("gonet.test").a("echo", "127.0.0.1").cname("www", "echo").build()));
        Server srv = new Server("", mux);
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        Thread.ofVirtual().start(() -> {
            try {
                srv.serve(ln);
            } catch (Exception e) {
                // closed below
            }
        });
        try {
            String url = "http://" + ln.addr() + "/dns-query";
            Resolver r = new DoHResolver(List.of(url));
            assertEquals(List.of("127.0.0.1"), r.lookupHost("www.gonet.test"));
            assertEquals("lookup nx.gonet.test on " + url + ": no such host",
                    assertThrows(DNSException.class, () -> r.lookupHost("nx.gonet.test")).getMessage());
        } finally {
            srv.close();
        }
    }
}
