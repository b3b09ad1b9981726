package org.nianbao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.compose.Fields;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fields r.nianbao [--json]}: the names prose may quote as {{名称}}, with their current values. */
@Command(name = "fields", mixinStandardHelpOptions = true)
final class FieldsCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "<file.nianbao>", descriptionKey = "project.file")
    Path file;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CliContext ctx = root.ctx();
        ProjectSession session = ctx.workspace().open(file);
        if (json) {
            var root = CliContext.json().createObjectNode();
            ArrayNode list = root.putArray("fields");
            for (Fields.Field f : session.fields().all()) {
                list.addObject().put("name", f.name()).put("value", f.value());
            }
            ctx.printJson(root);
        } else {
            for (Fields.Field f : session.fields().all()) {
                ctx.say("cli.fields.line", "{{" + f.name() + "}}", f.value());
            }
        }
        return Cli.OK;
    }
}
