#!/usr/bin/env bash
# Starts the built Linux app image under a virtual X server and waits until its window shows
# (a smoke test, not a timed test): the window's title must contain "Nianbao" within 60 s.
#
#   bash packaging/smoke-linux.sh [--expect TEXT] [IMAGE_DIR]   # default target/packaging/image/nianbao
#
# --expect TEXT: the title must also come to contain TEXT within those 60 s. CI passes "demo": with a
# fresh home there is no recent project, so the app must open the bundled sample (-Dnianbao.sample),
# and the title says so ("年报 Nianbao — demo").
#
# Needs (Debian): xvfb and xauth (xvfb-run), x11-utils (xwininfo), and the libraries JavaFX loads:
# libgtk-3-0, libxtst6, libxxf86vm1. Runs with a fresh HOME, so it also sees Nianbao unpack this machine's
# JavaFX natives from the jar into ~/.nianbao/javafx-cache/linux-<arch> on a first start.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXPECT=""
if [ "${1:-}" = "--expect" ]; then
  EXPECT="$2"
  shift 2
fi
IMAGE="${1:-$ROOT/target/packaging/image/nianbao}"
LAUNCHER="$IMAGE/bin/nianbao"
[ -x "$LAUNCHER" ] || { echo "No launcher $LAUNCHER: run packaging/build-linux.sh first" >&2; exit 2; }
for tool in xvfb-run xauth xwininfo; do
  command -v "$tool" >/dev/null || { echo "smoke-linux.sh needs $tool (apt-get install xvfb xauth x11-utils)" >&2; exit 2; }
done

if [ -z "${NIANBAO_SMOKE_INNER:-}" ]; then
  export NIANBAO_SMOKE_INNER=1
  exec xvfb-run -a -s "-screen 0 1280x800x24" bash "${BASH_SOURCE[0]}" --expect "$EXPECT" "$IMAGE"
fi

home="$(mktemp -d)"
log="$home/app.log"
# A fresh home and working folder: nothing of the developer's leaks in, nothing is left behind.
# (Java takes user.home from the password file, not from $HOME: hence JAVA_TOOL_OPTIONS.)
(cd "$home" && HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" exec "$LAUNCHER") >"$log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT

title=""
matched=""
for second in $(seq 1 60); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "The app exited before showing a window. Its output:" >&2
    cat "$log" >&2
    exit 1
  fi
  # A window whose name (not its class) holds "Nianbao": `0x400003 "年报 Nianbao — demo": (…)`.
  line="$(xwininfo -root -tree 2>/dev/null | grep -m 1 -E '0x[0-9a-f]+ "[^"]*Nianbao[^"]*":' || true)"
  if [ -n "$line" ]; then
    name="$(echo "$line" | sed -E 's/^ *0x[0-9a-f]+ "([^"]*)".*/\1/')"
    if [ "$name" != "$title" ]; then
      echo "window after ${second} s: \"$name\""
      title="$name"
    fi
    if [ -z "$EXPECT" ] || [[ "$title" == *"$EXPECT"* ]]; then
      matched=1
      break
    fi
  fi
  sleep 1
done
if [ -z "$title" ]; then
  echo "No window with \"Nianbao\" in its title within 60 s. The app's output:" >&2
  cat "$log" >&2
  xwininfo -root -tree >&2 || true
  exit 1
fi
if [ -z "$matched" ]; then
  echo "The window's title never came to contain \"$EXPECT\" within 60 s (last: \"$title\"). The app's output:" >&2
  cat "$log" >&2
  exit 1
fi
# The jar keeps Linux's natives per architecture under org/nianbao/natives/ (none at its root): the window
# can only have come up on the set Nianbao unpacked for this machine's architecture.
arch="$(uname -m)"; case "$arch" in x86_64) arch=x64 ;; esac
if [ -f "$home/.nianbao/javafx-cache/linux-$arch/libglass.so" ]; then
  echo "JavaFX natives unpacked into the per-user folder ~/.nianbao/javafx-cache/linux-$arch"
else
  echo "JavaFX's natives are not in ~/.nianbao/javafx-cache/linux-$arch: $(ls -AR "$home/.nianbao" 2>/dev/null | head -n 20)" >&2
  exit 1
fi
echo "app image: $IMAGE, $(du -sm "$IMAGE" | cut -f1) MB"
