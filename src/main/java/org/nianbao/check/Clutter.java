package org.nianbao.check;

/**
 * Whether a line of text is something a browser copied along with a published report (breadcrumb,
 * byline, print buttons, the site's footer): the check rule's own judgement, for the readers of
 * published reports that remove such lines instead of flagging them.
 */
public final class Clutter {
    private Clutter() {
    }

    public static boolean isClutter(String line) {
        return Proofreading.builtIn().isClutter(line);
    }
}
