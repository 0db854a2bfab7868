#!/usr/bin/env bash
# Proves issue 14's rule for `./mvnw install -DskipTests`: a build step is skipped when none of its inputs changed,
# and it runs again when any one of them did. Each step prints "up to date: <step> skipped true|false".
#
#   scripts/check-up-to-date.sh          # about 3 minutes; exit status 0 when every case holds
#
# 1. One install writes every stamp; a second, unchanged install must report every step skipped.
# 2. For each step, its first input: touch it, build its module, expect the step to run; build again, expect it
#    skipped (the step really runs, and its stamp is written when it has).
# 3. Each further input of the step: touch it and run the module only up to its up-to-date check (no step runs),
#    expect "skipped false"; then touch the step's stamp, as a run would, so the next input starts from "unchanged".
# Only file times change (touch), so the tree stays as it was. Logs: target/up-to-date-check/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
logs=target/up-to-date-check
mkdir -p "$logs"
mvn_install() { ./mvnw -B install -DskipTests "$@"; }
version="$(grep -m1 -A1 '<artifactId>faceid-toolkit-parent</artifactId>' pom.xml | sed -n 's:.*<version>\(.*\)</version>.*:\1:p')"
# A module built alone reads its upstream artifacts from the local repository: those are the inputs to touch.
installed=~/.m2/repository/dev/faceidkit/faceid-generator-config/$version/faceid-generator-config-$version
failures=0
# After touching a stamp, wait until the clock has moved past it before touching the next input: a moment on file
# systems that keep sub-second times, a whole second on those that keep seconds only.
probe="$logs/.clock-probe"
touch "$probe"
if [[ "$(stat -c %y "$probe" 2>/dev/null)" =~ \.[0-9]*[1-9][0-9]*\  ]]; then tick=0.05; else tick=1; fi

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect <log> <step> <true|false>: every line of that step in the log says so (and there is at least one)
expect() {
  local log="$1" step="$2" want="$3" lines
  lines="$(grep -E "up to date: ${step} skipped" "$log" || true)"
  if [[ -z "$lines" ]]; then
    fail "$step: no up-to-date line in $log"
  elif grep -qv "skipped ${want}\$" <<<"$lines"; then
    fail "$step: expected skipped ${want} in $log, got: $(tr '\n' ';' <<<"$lines")"
  fi
}

echo "== priming: a full install writes every stamp"
mvn_install >"$logs/prime.log" 2>&1 || { echo "install failed: $logs/prime.log"; exit 1; }
echo "== unchanged: a second install skips every step"
start=$(date +%s%N)
mvn_install >"$logs/unchanged.log" 2>&1 || { echo "install failed: $logs/unchanged.log"; exit 1; }
echo "   took $((($(date +%s%N) - start) / 1000000)) ms"
for step in lint bundle codegen-view generation portal "contract gate" "proof clients \(generation and Kotlin compile\)" javadoc aot; do
  expect "$logs/unchanged.log" "$step" true
done

# case <module> <step> <phase> <stamp> <input...>: touching any one input makes the step run, and only then.
# <phase> is where the module's check runs; <stamp> the file a run of the step touches.
case_() {
  local module="$1" step="$2" phase="$3" stamp="$4" first=yes
  shift 4
  for input in "$@"; do
    local name before=$failures
    name="$(echo "$module-$input" | tr '/ ' '__')"
    touch "$input"
    if [[ $first == yes ]]; then
      first=no
      mvn_install -pl "$module" >"$logs/$name.changed.log" 2>&1 || { fail "build failed: $logs/$name.changed.log"; continue; }
      expect "$logs/$name.changed.log" "$step" false
      mvn_install -pl "$module" >"$logs/$name.again.log" 2>&1 || { fail "build failed: $logs/$name.again.log"; continue; }
      expect "$logs/$name.again.log" "$step" true
      if ((failures == before)); then echo "   ${step//\\/} after touching $input: ran, then skipped"; fi
    else
      ./mvnw -B "$phase" -DskipTests -pl "$module" >"$logs/$name.check.log" 2>&1 \
        || { fail "check failed: $logs/$name.check.log"; continue; }
      expect "$logs/$name.check.log" "$step" false
      touch "$module/target/up-to-date/$stamp"
      sleep "$tick" # so that the next input's touch is later than the stamp
      if ((failures == before)); then echo "   ${step//\\/} after touching $input: would run"; fi
    fi
  done
}

echo "== each input makes its step run"
case_ openapi lint initialize lint.stamp openapi/openapi.yaml .spectral.yaml package-lock.json openapi/pom.xml
case_ openapi bundle initialize bundle.stamp "$(ls openapi/paths/* | head -1)" redocly.yaml
case_ generator-config codegen-view initialize codegen-view.stamp \
  "$(ls generator-config/src/main/java/dev/faceidkit/generatorconfig/*.java | head -1)" generator-config/pom.xml
case_ generated/client generation initialize generation.stamp \
  "$(ls generator-config/src/main/codegen/templates/java-client/* | head -1)" \
  "$installed-codegen-java-client.yaml" \
  generated/client/pom.xml
case_ generated/server generation initialize generation.stamp \
  "$installed-generator-options.yaml" "$installed-codegen.yaml"
case_ docs-portal portal initialize portal.stamp sandbox/TEST-INPUTS.md openapi/DECISIONS.md \
  docs/generate-a-client.md "$(ls docs-portal/pages/* | head -1)" docs-portal/src/portal/portal.mjs
case_ sdk javadoc prepare-package javadoc.stamp "$(ls sdk/src/main/java/dev/faceidkit/sdk/*.java | head -1)" \
  sdk/pom.xml versions/pom.xml
case_ sandbox aot process-classes aot.stamp sandbox/src/main/java/dev/faceidkit/sandbox/FaceIdSandboxApplication.java \
  sandbox/pom.xml
case_ contract-gate "contract gate" initialize gate.stamp CHANGELOG.md "$(ls openapi/baseline/* | head -1)"
case_ client-proofs "proof clients \\(generation and Kotlin compile\\)" initialize proofs.stamp \
  "$(find client-proofs/src/test/kotlin -name '*.kt' | head -1)" "$installed-codegen.json" client-proofs/pom.xml

echo "== a different -Dfaceid.allowBreaking runs the gate again"
mvn_install -pl contract-gate -Dfaceid.allowBreaking="up-to-date check" >"$logs/gate-flag.log" 2>&1 \
  || fail "build failed: $logs/gate-flag.log"
expect "$logs/gate-flag.log" "contract gate" false
mvn_install -pl contract-gate >"$logs/gate-flag-back.log" 2>&1 || fail "build failed: $logs/gate-flag-back.log"
expect "$logs/gate-flag-back.log" "contract gate" false

if ((failures > 0)); then
  echo "$failures case(s) failed; logs in $logs"
  exit 1
fi
echo "every step skipped when unchanged and ran after each of its inputs changed"
