package dev.gonet.testkit.conn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.testkit.Case;
import dev.gonet.testkit.Result;
import dev.gonet.testkit.Runner;
import dev.gonet.testkit.Suite;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Runs every portable case of {@link ConnSuites#all()} as its own JUnit test. */
class ConnSuitesTest {

    @TestFactory
    List<DynamicNode> connSuites() {
        List<DynamicNode> suites = new ArrayList<>();
        for (Suite s : ConnSuites.all()) {
            assertFalse(s.cases().isEmpty(), s.name() + " has no cases");
            List<DynamicNode> cases = new ArrayList<>();
            for (Case c : s.cases()) {
                cases.add(org.junit.jupiter.api.DynamicTest.dynamicTest(c.name(), () -> {
                    Result r = Runner.run(c, Runner.DEFAULT_LIMIT_MILLIS);
                    assertTrue(r.passed(), r.id() + ": " + r.message());
                }));
            }
            suites.add(DynamicContainer.dynamicContainer(s.name(), cases));
        }
        return suites;
    }
}
