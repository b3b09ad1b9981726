#!/usr/bin/env bash
# The release workflow's first step: the tag (v1.2.3) must name the pom's version without -SNAPSHOT, so a
# package never says another version than its tag. Prints the version. Runs anywhere (checked here).
#
#   bash packaging/release-version.sh v0.1.0
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
TAG="${1:?usage: release-version.sh <tag, e.g. v0.1.0>}"
POM_VERSION="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)"
WANT="${POM_VERSION%-SNAPSHOT}"
if [ "$TAG" != "v$WANT" ]; then
  echo "tag $TAG does not match the pom's version $POM_VERSION (expected v$WANT)" >&2
  exit 1
fi
echo "$WANT"
