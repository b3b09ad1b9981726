package org.nianbao.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Unmodifiable copies of maps in key order. {@code Map.copyOf} iterates in an order that changes
 * from one JVM to the next, so a project saved twice came out in different bytes; these do not.
 */
public final class Sorted {
    private Sorted() {
    }

    public static <K extends Comparable<K>, V> SortedMap<K, V> copyOf(Map<K, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
