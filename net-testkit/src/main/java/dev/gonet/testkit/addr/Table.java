package dev.gonet.testkit.addr;

import dev.gonet.testkit.Case;
import dev.gonet.testkit.Suite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A suite built row by row; a repeated case name is a bug in the table and fails at once. */
final class Table implements Suite {
    private final String name;
    private final List<Case> cases = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    Table(String name) {
        this.name = name;
    }

    Table add(String caseName, Case.Body body) {
        if (!names.add(caseName)) {
            throw new IllegalStateException("duplicate case " + name + "/" + caseName);
        }
        cases.add(new Case(name, caseName, body));
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Case> cases() {
        return Collections.unmodifiableList(cases);
    }
}
