package dev.gonet.jvm.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonet.DNSException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system path (InetAddress) end to end without a name server: a child JVM whose JDK name
 * service is a hosts file ({@code -Djdk.net.hosts.file}, a JVM-wide setting that cannot be made
 * in this JVM), so names it lacks fail inside the JDK exactly as unknown names fail in
 * getaddrinfo, and no query leaves the machine.
 */
class SystemLookupChildTest {
    @TempDir
    Path dir;

    /** Runs in the child: one line per lookup, the answer or the DNSException's text and flags. */
    public static void main(String[] args) throws Exception {
        SystemResolver r = new SystemResolver().withHostsFile(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            String[] op = args[i].split("=", 2);
            try {
                Object got = switch (op[0]) {
                    case "host" -> r.lookupHost(op[1]);
                    case "ip6" -> r.lookupIP("ip6", op[1]);
                    case "addr" -> r.lookupAddr(op[1]);
                    default -> throw new IllegalArgumentException(op[0]);
                };
                System.out.println(args[i] + " -> " + got);
            } catch (DNSException e) {
                System.out.println(args[i] + " -> " + e.getMessage() + " notFound=" + e.isNotFound()
                        + " temporary=" + e.isTemporary());
            }
        }
    }

    @Test
    void systemAnswersAndFailuresMapToGo() throws Exception {
        Path ours = Files.writeString(dir.resolve("ours"), "");
        Path jdks = Files.writeString(dir.resolve("jdk-hosts"), "192.0.2.7 fromjdk.example\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Djdk.net.hosts.file=" + jdks,
                "-cp", System.getProperty("java.class.path"), SystemLookupChildTest.class.getName(), ours.toString(),
                "host=fromjdk.example", "host=nx.example", "ip6=fromjdk.example", "addr=192.0.2.7", "addr=192.0.2.8"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("child JVM hung: " + out);
        }
        assertEquals(List.of(
                "host=fromjdk.example -> [192.0.2.7]",
                "host=nx.example -> lookup nx.example: no such host notFound=true temporary=false",
                "ip6=fromjdk.example -> lookup fromjdk.example: no such host notFound=true temporary=false",
                "addr=192.0.2.7 -> [fromjdk.example.]",
                "addr=192.0.2.8 -> lookup 192.0.2.8: no such host notFound=true temporary=false"),
                out.lines().toList(), "child output:\n" + out);
    }
}
