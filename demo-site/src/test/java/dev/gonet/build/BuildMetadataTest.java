package dev.gonet.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The build's own facts agree: the BOM has the reactor's version and manages every library
 * artifact, and the version the JS package and the bundles report comes from the pom, not from
 * a copy in the sources.
 */
class BuildMetadataTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The modules users depend on; the apps and tests (demo-site, browser-tests, docs) are not published. */
    private static final List<String> LIBRARIES = List.of("net-api", "net-native", "net-web", "net-testkit", "js-glue");

    private static Document pom(String path) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve(path).toFile());
    }

    private static String child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c.getTextContent().trim();
            }
        }
        return null;
    }

    @Test
    void bomMatchesTheReactor() throws Exception {
        Element parent = pom("pom.xml").getDocumentElement();
        Element bom = pom("bom/pom.xml").getDocumentElement();
        assertEquals(child(parent, "version"), child(bom, "version"), "bom/pom.xml version");
        assertEquals(null, child(bom, "parent"), "the BOM has no parent: importing it must bring its entries only");
        List<String> managed = new ArrayList<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertEquals("dev.gonet", child(d, "groupId"));
            assertEquals("${project.version}", child(d, "version"), child(d, "artifactId"));
            managed.add(child(d, "artifactId"));
        }
        assertEquals(LIBRARIES.stream().sorted().toList(), managed.stream().sorted().toList(), "artifacts the BOM manages");
        for (String m : LIBRARIES) {
            assertTrue(Files.exists(ROOT.resolve(m).resolve("pom.xml")), m + " is a module");
        }
    }

    @Test
    void versionIsNotCopiedIntoTheSources() throws Exception {
        String pkg = Files.readString(ROOT.resolve("js-glue/src/main/js/package.json"));
        assertTrue(pkg.contains("\"version\": \"${project.version}\""), "package.json takes the pom's version");
        String info = Files.readString(ROOT.resolve("js-glue/src/main/java-templates/dev/gonet/glue/BuildInfo.java"));
        assertTrue(info.contains("VERSION = \"${project.version}\""), "BuildInfo takes the pom's version");
    }
}
