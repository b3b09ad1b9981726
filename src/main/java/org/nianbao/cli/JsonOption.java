package org.nianbao.cli;

import picocli.CommandLine.Option;

/** {@code --json}: output for programs instead of people. */
final class JsonOption {
    @Option(names = "--json", descriptionKey = "json")
    boolean json;
}
