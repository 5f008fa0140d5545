package dev.gonet.testkit.addr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gonet.testkit.Case;
import dev.gonet.testkit.Suite;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every portable address case as its own JUnit test, grouped by suite. */
class AddrSuitesTest {

    @TestFactory
    Stream<DynamicNode> addrSuites() {
        return AddrSuites.all().stream().map(s -> DynamicContainer.dynamicContainer(s.name(),
                s.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> c.body().run()))));
    }

    @Test
    void caseIdsAreUniqueAndStable() {
        Set<String> ids = new HashSet<>();
        List<String> dups = new ArrayList<>();
        int n = 0;
        for (Suite s : AddrSuites.all()) {
            assertFalse(s.cases().isEmpty(), s.name() + " has no cases");
            for (Case c : s.cases()) {
                assertEquals(s.name(), c.suite());
                if (!ids.add(c.id())) {
                    dups.add(c.id());
                }
                n++;
            }
        }
        assertEquals(List.of(), dups);
        List<String> again = new ArrayList<>();
        AddrSuites.all().forEach(s -> s.cases().forEach(c -> again.add(c.id())));
        assertEquals(n, again.size());
        assertEquals(ids, new HashSet<>(again));
    }
}
