package org.nianbao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The project file, the first parameter of every command that works on one. */
final class ProjectFileParameter {
    @Parameters(index = "0", paramLabel = "<file.nianbao>", descriptionKey = "project.file")
    Path file;
}
