#!/usr/bin/env bash
# Checks that every jar of the toolkit names the contract it was built from (docs/RELEASING.md, "Provenance"):
# the manifest entries X-FaceID-Spec-Version and X-FaceID-Spec-SHA256 must equal spec.version and spec.sha256 of
# openapi/target/bundle/spec.properties, whose spec.sha256 must in turn be the SHA-256 of the bundle itself.
#
#   ./mvnw -B -q install -DskipTests && scripts/check-provenance.sh   # every module of the root pom
#   scripts/check-provenance.sh sdk generated/client                 # only these module directories
#   scripts/check-provenance.sh --build [modules...]                 # runs that ./mvnw install first
#
# Looks at each module's target/<artifactId>-<version>.jar (required) and, when present, its -sources,
# -javadoc and -tests jars. Prints one line per jar (PASS/FAIL) and exits 0 when all pass, 1 when any fails,
# 2 when the contract's own spec.properties or bundle is missing or inconsistent (build faceid-openapi first).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ "${1:-}" == "--build" ]]; then
  shift
  echo "check-provenance: ./mvnw -B -q install -DskipTests"
  ./mvnw -B -q install -DskipTests
fi

if command -v sha256sum >/dev/null 2>&1; then
  sha256() { sha256sum "$1" | cut -d' ' -f1; }
else # macOS
  sha256() { shasum -a 256 "$1" | cut -d' ' -f1; }
fi

# The contract's provenance, as faceid-openapi wrote it, checked against the bundle.
spec_dir="openapi/target/bundle"
spec_props="$spec_dir/spec.properties"
prop() { sed -n "s/^$1=//p" "$spec_props" | tr -d '\r' | head -n 1; }
if [[ ! -f "$spec_props" ]]; then
  echo "check-provenance: $spec_props not found; build faceid-openapi first" >&2
  exit 2
fi
spec_version="$(prop spec.version)"
spec_sha256="$(prop spec.sha256)"
spec_file="$(prop spec.file)"
if [[ -z "$spec_version" || ! "$spec_sha256" =~ ^[0-9a-f]{64}$ || ! -f "$spec_dir/$spec_file" ]]; then
  echo "check-provenance: $spec_props is incomplete (spec.version='$spec_version', spec.sha256='$spec_sha256'," \
       "spec.file='$spec_file')" >&2
  exit 2
fi
actual_sha256="$(sha256 "$spec_dir/$spec_file")"
if [[ "$actual_sha256" != "$spec_sha256" ]]; then
  echo "check-provenance: spec.sha256 $spec_sha256 in $spec_props is not the SHA-256 of" \
       "$spec_dir/$spec_file ($actual_sha256)" >&2
  exit 2
fi
echo "check-provenance: contract $spec_version, SHA-256 $spec_sha256 ($spec_dir/$spec_file)"

# Modules: the arguments, or the <module> entries of the root pom.
if [[ $# -gt 0 ]]; then
  modules=("$@")
else
  mapfile -t modules < <(sed -n 's:^ *<module>\(.*\)</module> *$:\1:p' pom.xml)
fi
# The project's own version and artifactId: the top-level elements (two-space indent; the parent's are deeper).
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)"

# One manifest attribute, with the 72-byte continuation lines joined.
manifest_value() {
  unzip -p "$1" META-INF/MANIFEST.MF | tr -d '\r' \
    | awk '/^ / { line = line substr($0, 2); next } { if (NR > 1) print line; line = $0 } END { print line }' \
    | sed -n "s/^$2: *//p" | head -n 1
}

status=0
passed=0
failed=0
check_jar() {
  local module="$1" jar="$2" required="$3"
  if [[ ! -f "$jar" ]]; then
    if [[ "$required" == yes ]]; then
      printf '%-5s %-22s %s\n' "FAIL" "$module" "$jar: not built (run ./mvnw install -DskipTests first)"
      status=1; failed=$((failed + 1))
    fi
    return
  fi
  local got_version got_sha256 problem=""
  got_version="$(manifest_value "$jar" X-FaceID-Spec-Version)"
  got_sha256="$(manifest_value "$jar" X-FaceID-Spec-SHA256)"
  if [[ -z "$got_sha256" ]]; then
    problem="X-FaceID-Spec-SHA256 is empty or missing"
  elif [[ "$got_sha256" != "$spec_sha256" ]]; then
    problem="X-FaceID-Spec-SHA256 is $got_sha256, not $spec_sha256"
  elif [[ "$got_version" != "$spec_version" ]]; then
    problem="X-FaceID-Spec-Version is '$got_version', not '$spec_version'"
  fi
  if [[ -n "$problem" ]]; then
    printf '%-5s %-22s %s: %s\n' "FAIL" "$module" "$jar" "$problem"
    status=1; failed=$((failed + 1))
  else
    printf '%-5s %-22s %s\n' "PASS" "$module" "$jar"
    passed=$((passed + 1))
  fi
}

for module in "${modules[@]}"; do
  module="${module%/}"
  pom="$module/pom.xml"
  if [[ ! -f "$pom" ]]; then
    printf '%-5s %-22s %s\n' "FAIL" "$module" "no $pom"
    status=1; failed=$((failed + 1))
    continue
  fi
  packaging="$(sed -n 's:^  <packaging>\(.*\)</packaging>$:\1:p' "$pom" | head -n 1)"
  if [[ -n "$packaging" && "$packaging" != jar ]]; then
    printf '%-5s %-22s %s\n' "SKIP" "$module" "packaging $packaging"
    continue
  fi
  artifact_id="$(sed -n 's:^  <artifactId>\(.*\)</artifactId>$:\1:p' "$pom" | head -n 1)"
  base="$module/target/$artifact_id-$version"
  check_jar "$module" "$base.jar" yes
  for classifier in sources javadoc tests; do
    check_jar "$module" "$base-$classifier.jar" no
  done
done

if [[ "$status" -eq 0 ]]; then
  echo "check-provenance: all $passed jars name contract $spec_version ($spec_sha256)"
else
  echo "check-provenance: $failed jar(s) do not name the contract, $passed do" >&2
fi
exit "$status"
