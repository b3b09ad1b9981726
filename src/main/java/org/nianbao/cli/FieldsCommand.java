package org.nianbao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.concurrent.Callable;
import org.nianbao.compose.Fields;
import org.nianbao.workspace.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fields r.nianbao [--json]}: the names prose may quote as {{名称}}, with their current values. */
@Command(name = "fields", mixinStandardHelpOptions = true)
final class FieldsCommand extends CliCommand implements Callable<Integer> {
    @Mixin
    ProjectFileParameter project;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws Exception {
        ProjectSession session = ctx.workspace().open(project.file);
        if (output.json) {
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
