package org.nianbao.model;

import java.util.function.IntFunction;

/**
 * Finds a record's earlier duplicate ({@link DisclosureRecord#duplicateKey}) among a million without a
 * million key strings: a table of 64-bit hashes and record numbers, the key itself built again only for
 * a record whose hash matches, so two different keys are never taken for one.
 */
public final class DuplicateKeys {
    private final IntFunction<String> keyOf;
    private long[] hashes;
    private int[] numbers;
    private int size;

    /** @param keyOf the key of the record with this number (called only when hashes match) */
    public DuplicateKeys(int expected, IntFunction<String> keyOf) {
        this.keyOf = keyOf;
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        hashes = new long[capacity];
        numbers = new int[capacity];
        java.util.Arrays.fill(numbers, -1);
    }

    /** The number of an earlier record with this key, or -1 after adding record {@code number} under it. */
    public int addIfAbsent(int number, String key) {
        int found = find(key, true, number);
        return found;
    }

    /** The number of a record with this key, or -1. */
    public int indexOf(String key) {
        return find(key, false, -1);
    }

    private int find(String key, boolean add, int number) {
        long h = hash(key);
        int mask = hashes.length - 1;
        for (int slot = (int) (h ^ (h >>> 32)) & mask; ; slot = (slot + 1) & mask) {
            if (numbers[slot] < 0) {
                if (add) {
                    hashes[slot] = h;
                    numbers[slot] = number;
                    if (++size * 2 > hashes.length) {
                        grow();
                    }
                }
                return -1;
            }
            if (hashes[slot] == h && keyOf.apply(numbers[slot]).equals(key)) {
                return numbers[slot];
            }
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldNumbers = numbers;
        hashes = new long[oldHashes.length * 2];
        numbers = new int[oldNumbers.length * 2];
        java.util.Arrays.fill(numbers, -1);
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldNumbers[i] >= 0) {
                long h = oldHashes[i];
                int slot = (int) (h ^ (h >>> 32)) & mask;
                while (numbers[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = h;
                numbers[slot] = oldNumbers[i];
            }
        }
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }
}
