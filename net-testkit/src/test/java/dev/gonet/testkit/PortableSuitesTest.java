package dev.gonet.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every portable suite on the JVM, one JUnit test per case, through the same Runner. */
class PortableSuitesTest {

    @TestFactory
    Stream<DynamicContainer> portableSuites() {
        return PortableSuites.all().stream().map(s -> DynamicContainer.dynamicContainer(s.name(),
                s.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Result r = Runner.run(c, Runner.DEFAULT_LIMIT_MILLIS);
                    if (!r.passed()) {
                        throw new AssertionError(r.message());
                    }
                }))));
    }

    @Test
    void caseIdsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Suite s : PortableSuites.all()) {
            for (Case c : s.cases()) {
                assertTrue(seen.add(c.id()), "duplicate case id " + c.id());
            }
        }
        assertTrue(seen.size() >= 5, "only " + seen.size() + " cases");
    }

    @Test
    void jsonIdsListEveryCase() {
        List<Suite> all = PortableSuites.all();
        String ids = ResultsJson.ids(all);
        for (Suite s : all) {
            for (Case c : s.cases()) {
                StringBuilder quoted = new StringBuilder();
                ResultsJson.quote(quoted, c.id());
                assertTrue(ids.contains(quoted), c.id());
            }
        }
    }
}
