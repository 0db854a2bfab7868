#!/usr/bin/env bash
# Builds the toolkit twice from clean and checks that every artifact the builds produce is byte-identical
# (reproducible builds: project.build.outputTimestamp in the root pom fixes the dates inside the archives).
#
#   scripts/check-reproducible.sh                      # the whole reactor
#   scripts/check-reproducible.sh -pl openapi,sdk -am  # extra arguments go to both Maven runs
#
# Each build is `./mvnw -B -q clean install -DskipTests` into its own, initially empty, local repository
# (work dir repo-1, repo-2), so the artifacts compared are exactly the ones that build installed: main jars,
# sources and javadoc jars, attached yaml/json/properties files and poms (not the repository's bookkeeping
# files). Dependencies and plugins are read from your usual local repository, used read-only as Maven's
# "tail" repository (Maven 3.9+, which the wrapper provides); nothing is installed there.
#
# Prints one line per artifact (SHA-256, SAME/DIFFERENT) and exits 0 when all are identical, 1 when any
# differs or exists in one build only, 2 when a build fails, 3 when the builds produced nothing.
#
# Environment: FACEID_REPRO_DIR  work directory (default: a new directory under $TMPDIR or /tmp; kept)
#              FACEID_M2_REPO    the local repository to read dependencies from (default: ~/.m2/repository)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

work="${FACEID_REPRO_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/faceid-repro.XXXXXX")}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
tail_repo="${FACEID_M2_REPO:-$HOME/.m2/repository}"
group_dir="dev/faceidkit"

if command -v sha256sum >/dev/null 2>&1; then
  sha256() { sha256sum "$@"; }
else # macOS
  sha256() { shasum -a 256 "$@"; }
fi

build() {
  local run="$1"
  shift
  local repo="$work/repo-$run" log="$work/build-$run.log"
  rm -rf "$repo"
  mkdir -p "$repo"
  echo "check-reproducible: build $run: ./mvnw -B -q clean install -DskipTests $* (log: $log)"
  local start=$SECONDS
  if ! ./mvnw -B -q clean install -DskipTests \
      -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail_repo" "$@" >"$log" 2>&1; then
    echo "check-reproducible: build $run FAILED after $((SECONDS - start)) s; end of $log:" >&2
    tail -n 40 "$log" >&2
    exit 2
  fi
  echo "check-reproducible: build $run done in $((SECONDS - start)) s"
  # What this build installed, as "sha256  path" sorted by path.
  if [[ -d "$repo/$group_dir" ]]; then
    (cd "$repo" && find "$group_dir" -type f \
        ! -name 'maven-metadata*' ! -name '_remote.repositories' ! -name '*.lastUpdated' \
        ! -name 'resolver-status.properties' -print | LC_ALL=C sort | while IFS= read -r file; do
          sha256 "$file"
        done) >"$work/sha256-$run.txt"
  else
    : >"$work/sha256-$run.txt"
  fi
}

build 1 "$@"
build 2 "$@"

# Compare the two lists: one line per artifact.
status=0
count=0
different=0
while IFS='|' read -r path sum1 sum2; do
  count=$((count + 1))
  if [[ -z "$sum1" ]]; then
    printf '%-10s %-64s %s\n' "ONLY-IN-2" "$sum2" "$path"; status=1; different=$((different + 1))
  elif [[ -z "$sum2" ]]; then
    printf '%-10s %-64s %s\n' "ONLY-IN-1" "$sum1" "$path"; status=1; different=$((different + 1))
  elif [[ "$sum1" == "$sum2" ]]; then
    printf '%-10s %-64s %s\n' "SAME" "$sum1" "$path"
  else
    printf '%-10s %-64s %s\n' "DIFFERENT" "$sum1" "$path"
    printf '%-10s %-64s %s\n' "" "$sum2" "(build 2)"
    status=1; different=$((different + 1))
    # For an archive, name the entries whose content (CRC-32) or date differs, or that only one build has.
    if [[ "$path" == *.jar || "$path" == *.zip ]] && command -v unzip >/dev/null 2>&1; then
      entries="$(diff <(unzip -v "$work/repo-1/$path" | awk 'NR>2 && $7 ~ /^[0-9a-f]{8}$/ {print $8, $5, $6, $7}' | sort) \
                      <(unzip -v "$work/repo-2/$path" | awk 'NR>2 && $7 ~ /^[0-9a-f]{8}$/ {print $8, $5, $6, $7}' | sort) \
                 | awk '/^[<>] / {print $2}' | sort -u || true)"
      if [[ -n "$entries" ]]; then
        printf '           entry differs (content or date): %s\n' $entries | head -n 20
      else
        echo "           same entries and contents: only archive metadata differs (entry times to the second,"
        echo "           order or extra fields); is project.build.outputTimestamp honoured by this plugin?"
      fi
    fi
  fi
done < <(awk '
  FNR == NR { one[$2] = $1; paths[$2] = 1; next }
  { two[$2] = $1; paths[$2] = 1 }
  END { for (p in paths) printf "%s|%s|%s\n", p, one[p], two[p] }' \
  "$work/sha256-1.txt" "$work/sha256-2.txt" | LC_ALL=C sort)

if [[ "$count" -eq 0 ]]; then
  echo "check-reproducible: the builds installed no artifact of $group_dir" >&2
  exit 3
fi
if [[ "$status" -eq 0 ]]; then
  echo "check-reproducible: all $count artifacts are byte-identical across the two builds (work dir: $work)"
else
  echo "check-reproducible: $different of $count artifacts differ between the two builds (work dir: $work)" >&2
fi
exit "$status"
