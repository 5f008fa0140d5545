package dev.gonet.testkit;

import java.util.List;

/** A named, ordered group of portable {@link Case}s. */
public interface Suite {

    /** {@return the suite's name, the first part of each case id} */
    String name();

    /** {@return the cases, in the order they run} */
    List<Case> cases();
}
