#!/bin/bash
# Build step of sandbox/pom.xml (package phase, after the executable jar is repackaged): lays out the distribution
# the README's run command starts, target/faceid-sandbox-<version>/ (bin/faceid-sandbox, app/ the extracted jar),
# and makes its class-data archive for the JVM of this build (bin/faceid-sandbox --prepare).
#
#   build-distribution.sh <executable jar> <distribution dir> <launcher source dir>
#
# The jar is extracted again only when its content changed (its SHA-256, kept in app/.source-sha256): the jars'
# times are part of what an archive was made from, so an unchanged build keeps its archive valid and skips the
# training run.
set -euo pipefail
export PATH="$PATH:/usr/local/bin:/usr/bin:/bin"

jar="$1" dist="$2" launcher="$3"
java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
[[ -n "$java" && -x "$java" ]] || java="$(command -v java)"

sha="$(sha256sum "$jar" | cut -d' ' -f1)"
if [[ "$(cat "$dist/app/.source-sha256" 2>/dev/null || true)" != "$sha" ]]; then
  rm -rf "$dist/app"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$dist/app" >/dev/null
  echo "$sha" >"$dist/app/.source-sha256"
  echo "distribution: extracted $(basename "$jar") into $dist/app"
else
  echo "distribution: $dist/app is up to date"
fi
mkdir -p "$dist/bin"
for file in "$launcher"/*; do
  cmp -s "$file" "$dist/bin/$(basename "$file")" || cp "$file" "$dist/bin/"
done
chmod +x "$dist/bin/faceid-sandbox"
"$dist/bin/faceid-sandbox" --prepare
