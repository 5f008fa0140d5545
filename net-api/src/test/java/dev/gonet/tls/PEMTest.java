package dev.gonet.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PEMTest {

    private static String block(String type, String body) {
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    @Test
    void roundTripsEveryLength() {
        Random r = new Random(1);
        for (int n = 0; n < 200; n++) {
            byte[] b = new byte[n];
            r.nextBytes(b);
            List<PEM.Block> got = PEM.decode(PEM.encode("THING", b));
            assertEquals(1, got.size(), "blocks for length " + n);
            assertEquals("THING", got.get(0).type());
            assertArrayEquals(b, got.get(0).bytes(), "bytes for length " + n);
        }
    }

    @Test
    void encodeWrapsAt64Columns() {
        String pem = PEM.encode("X", new byte[100]);
        for (String line : pem.split("\n")) {
            assertEquals(true, line.length() <= 64 || line.startsWith("-----"), "line too long: " + line);
        }
    }

    /** What decoding pem gives: "TYPE=text" per block, joined with ';'. */
    private record DecodeCase(String name, String pem, String want) {
    }

    @TestFactory
    Stream<DynamicTest> decodeTable() {
        DecodeCase[] rows = {
            new DecodeCase("one block", block("A", "aGVsbG8="), "A=hello"),
            new DecodeCase("two blocks with text between", "x\n" + block("A", "aGk=") + "junk\n" + block("B", "eW8="),
                "A=hi;B=yo"),
            new DecodeCase("CRLF line ends", block("A", "aGVs\r\nbG8=").replace("\n", "\r\n"), "A=hello"),
            new DecodeCase("base64 split over lines with spaces", block("A", "aGVs \n\tbG8="), "A=hello"),
            new DecodeCase("double padding", block("A", "aGk="), "A=hi"),
            new DecodeCase("no padding needed", block("A", "aGV5"), "A=hey"),
            new DecodeCase("empty body", block("A", ""), "A="),
            new DecodeCase("missing padding is malformed", block("A", "aGk"), ""),
            new DecodeCase("bad character is malformed", block("A", "aG*k"), ""),
            new DecodeCase("padding in the middle is malformed", block("A", "aGk=aGk="), ""),
            new DecodeCase("END of another type", "-----BEGIN A-----\naGk=\n-----END B-----\n", ""),
            new DecodeCase("no END line", "-----BEGIN A-----\naGk=\n", ""),
            new DecodeCase("BEGIN not at line start", "x-----BEGIN A-----\naGk=\n-----END A-----\n", ""),
            new DecodeCase("malformed block then a good one", block("A", "aG*k") + block("B", "aGk="), "B=hi"),
            new DecodeCase("nothing", "", ""),
        };
        return Stream.of(rows).map(r -> DynamicTest.dynamicTest(r.name(), () -> {
            StringBuilder got = new StringBuilder();
            for (PEM.Block b : PEM.decode(r.pem())) {
                got.append(got.length() == 0 ? "" : ";").append(b.type()).append('=')
                        .append(new String(b.bytes(), StandardCharsets.UTF_8));
            }
            assertEquals(r.want(), got.toString(), "decode(" + r.pem().replace("\n", "\\n") + ")");
        }));
    }

    @Test
    void headers() {
        String pem = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n"
                + "aGk=\n-----END RSA PRIVATE KEY-----\n";
        PEM.Block b = PEM.decode(pem).get(0);
        assertEquals(Map.of("Proc-Type", "4,ENCRYPTED", "DEK-Info", "AES-128-CBC,00"), b.headers());
        assertEquals("hi", new String(b.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void bytesAreCopies() {
        PEM.Block b = PEM.decode(block("A", "aGk=")).get(0);
        b.bytes()[0] = 0;
        assertEquals('h', b.bytes()[0]);
        assertNull(PEM.base64("a", 0), "one character is not base64");
    }
}
