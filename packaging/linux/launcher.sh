#!/bin/sh
# Nianbao (年报), /opt/nianbao/bin/nianbao in the arm64 .deb (packaging/build-linux-arm64.sh). The x64
# package's launcher is jpackage's native one, which cannot be built for another architecture; this script
# does what that one's lib/app/nianbao.cfg says: the bundled runtime runs the jar with the same option.
# No arguments (or one .nianbao file): the app; anything else: the command line, exit code passed on.
APP_ROOT="$(dirname "$(dirname "$(readlink -f "$0")")")"
APPDIR="$APP_ROOT/lib/app"
exec "$APP_ROOT/lib/runtime/bin/java" "@JAVA_OPTION@" -cp "$APPDIR/nianbao.jar" org.nianbao.Main "$@"
