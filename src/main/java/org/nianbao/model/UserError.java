package org.nianbao.model;

/**
 * An error the user can act on (her input, her file), as every layer reports it: a message key and its arguments,
 * translated in one place by the front end's bundle ({@code Messages}), never a Java message or class name. What is
 * not a {@code UserError} is a bug: the front ends log it with its stack trace and show a sentence naming the log.
 */
public interface UserError {
    /** The message key in the bundles ({@code messages.properties}, {@code messages_en.properties}). */
    String key();

    /** The message's arguments. */
    Object[] args();

    /** Whether a file of the user's is wrong or unreadable (exit 3) rather than what she asked for (exit 1). */
    default boolean isFileProblem() {
        return false;
    }
}
