package org.nianbao.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.nianbao.cli.Cli;

/**
 * A second process for the two-writers test: imports each workbook given, one command at a time,
 * into the same project, and prints one line per import: {@code RESULT<tab>workbook<tab>exit code<tab>message}.
 */
public final class ImportLoop {
    private ImportLoop() {
    }

    public static void main(String[] args) {
        String project = args[0];
        for (int i = 1; i < args.length; i++) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(new String[] {"import", project, args[i]}, new PrintWriter(out), new PrintWriter(err));
            System.out.println("RESULT\t" + args[i] + "\t" + code + "\t" + err.toString().replace('\n', ' '));
        }
        System.out.flush();
    }
}
