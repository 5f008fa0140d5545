package dev.gonet.jvm.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * TLS 1.3 KeyUpdate in both directions during a concurrent transfer: the reader must answer
 * the peer's KeyUpdate (a wrap from the read side) while this side's writer waits for queue room.
 * JSSE updates keys only after 2^37 bytes unless its {@code jdk.tls.keyLimits} security property
 * says otherwise, and reads that once per JVM, so the transfer runs in a child JVM with a
 * 16 KiB limit: thousands of key updates over 8 MiB each way.
 */
class KeyUpdateTest {

    @Test
    void transfersSurviveConstantKeyUpdates() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                KeyUpdateTest.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "child JVM did not finish:\n" + output);
        assertEquals(0, p.exitValue(), "child JVM failed:\n" + output);
        assertTrue(output.contains("key updates ok"), output);
    }

    /** The child: sets the key limit before JSSE loads, then moves data both ways at once. */
    public static void main(String[] args) throws Exception {
        Security.setProperty("jdk.tls.keyLimits", "AES/GCM/NoPadding KeyUpdate 2^14, ChaCha20-Poly1305 KeyUpdate 2^14");
        try {
            new TransferTest().eightMebibytesEachWayAtOnce();
            System.out.println("key updates ok");
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace(System.out);
            System.exit(1);
        }
    }
}
