#!/usr/bin/env bash
# Prints every performance figure of issue 14 beside its target, all measured in this one run on this machine:
#   1. the load benchmark (sandbox vs a Prism mock, both photo modes, three rounds): ratios, p99, JIT share;
#   2. the SDK benchmark, three runs: SDK/raw OkHttp latency and allocation;
#   3. build times, three runs each (issue 29): a clean `./mvnw -B verify` of a fresh clone, an unchanged second
#      `./mvnw -B install -DskipTests` in that clone, and `.ci/run` of a fresh clone.
#
#   scripts/figures.sh            # about 45 minutes; run it on an otherwise idle machine
#   scripts/figures.sh builds     # only part 3 (about 35 minutes)
#
# Everything is loopback-only. Output of each part: target/figures/*.log. The last lines are the summary.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=target/figures
mkdir -p "$out"
ms() { echo $((($(date +%s%N) - $1) / 1000000)); }

part="${1:-all}"
range() { sort -n | awk 'NR == 1 { lo = $1 } { hi = $1; all = all (NR > 1 ? ", " : "") $1 } END { printf "%s (range %s-%s)", all, lo, hi }'; }

if [[ $part == all ]]; then
echo "== 1/3 load benchmark (about 7 minutes)"
./mvnw -B -q -pl benchmarks -am verify -Pload-benchmark -DskipTests >"$out/load.log" 2>&1 \
  || { echo "load benchmark failed: $out/load.log"; exit 1; }
sed -n '/^summary/,$p' "$out/load.log" | grep -v '^servers stopped' | sed '/^sandbox profile/,$d'

echo "== 2/3 SDK benchmark, three runs (about 2 minutes)"
: >"$out/sdk.log"
for run in 1 2 3; do
  ./mvnw -B -q -pl sdk -am -Pbench verify -DskipTests >>"$out/sdk.log" 2>&1 || { echo "SDK benchmark failed: $out/sdk.log"; exit 1; }
done
grep -E '^ *SDK / raw' "$out/sdk.log" | awk '{ l[NR] = $4; a[NR] = $5 }
  END { printf "  SDK/raw OkHttp latency %s, %s, %s; allocation %s, %s, %s (target <= 1.05 each)\n",
        l[1], l[2], l[3], a[1], a[2], a[3] }'
grep -E '^ *first _rawJson' "$out/sdk.log" | awk '{ printf "  first _rawJson() of a response: %s B allocated %s\n", $3, $5 }' | head -1
fi

echo "== 3/3 build times in fresh clones, three runs each (about 35 minutes)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
verify=() install=() ci=()
for run in 1 2 3; do
  clone="$work/verify-$run"
  git clone -q . "$clone"
  start=$(date +%s%N)
  (cd "$clone" && ./mvnw -B verify) >"$out/clean-verify-$run.log" 2>&1 \
    || { echo "verify failed: $out/clean-verify-$run.log"; exit 1; }
  verify+=($(($(ms "$start") / 1000)))
  (cd "$clone" && ./mvnw -B install -DskipTests) >"$out/first-install-$run.log" 2>&1
  start=$(date +%s%N)
  (cd "$clone" && ./mvnw -B install -DskipTests) >"$out/second-install-$run.log" 2>&1
  install+=("$(ms "$start" | awk '{ printf "%.1f", $1 / 1000 }')")
  rm -rf "$clone"
done
for run in 1 2 3; do
  clone="$work/ci-$run"
  git clone -q . "$clone"
  start=$(date +%s%N)
  (cd "$clone" && .ci/run) >"$out/ci-run-$run.log" 2>&1 || { echo ".ci/run failed: $out/ci-run-$run.log"; exit 1; }
  ci+=($(($(ms "$start") / 1000)))
  rm -rf "$clone"
done
echo "  clean ./mvnw -B verify of a fresh clone, s: $(printf '%s\n' "${verify[@]}" | range) (target <= 180)"
echo "  unchanged ./mvnw -B install -DskipTests, s: $(printf '%s\n' "${install[@]}" | range) (target <= 15)"
echo "  .ci/run of a fresh clone, s: $(printf '%s\n' "${ci[@]}" | range) (target <= 480)"
