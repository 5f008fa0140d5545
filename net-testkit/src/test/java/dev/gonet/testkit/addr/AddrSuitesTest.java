package dev.gonet.testkit.addr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gonet.testkit.Case;
import dev.gonet.testkit.Suite;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shape of the address tables; the cases themselves run through {@code PortableSuitesTest}. */
class AddrSuitesTest {

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
