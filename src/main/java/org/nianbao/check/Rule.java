package org.nianbao.check;

import java.util.function.Consumer;

/** One check a reviewer applies; reports what it finds, in any number. */
@FunctionalInterface
public interface Rule {
    void check(CheckContext context, Consumer<Finding> report);
}
