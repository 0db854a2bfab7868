#!/usr/bin/env bash
# Prints every performance figure of issue 14 beside its target, all measured in this one run on this machine:
#   1. the load benchmark (sandbox vs a Prism mock, both photo modes, three rounds): ratios, p99, JIT share;
#   2. the SDK benchmark, three runs: SDK/raw OkHttp latency and allocation;
#   3. build times: a clean `./mvnw -B verify` of a fresh clone, then an unchanged second
#      `./mvnw -B install -DskipTests` in that clone.
#
#   scripts/figures.sh            # about 20 minutes; run it on an otherwise idle machine
#
# Everything is loopback-only. Output of each part: target/figures/*.log. The last lines are the summary.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=target/figures
mkdir -p "$out"
ms() { echo $((($(date +%s%N) - $1) / 1000000)); }

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

echo "== 3/3 build times in a fresh clone (about 6 minutes)"
clone="$(mktemp -d)/faceid-clone"
trap 'rm -rf "$(dirname "$clone")"' EXIT
git clone -q . "$clone"
start=$(date +%s%N)
(cd "$clone" && ./mvnw -B verify) >"$out/clean-verify.log" 2>&1 || { echo "verify failed: $out/clean-verify.log"; exit 1; }
verify_ms=$(ms "$start")
(cd "$clone" && ./mvnw -B install -DskipTests) >"$out/first-install.log" 2>&1
start=$(date +%s%N)
(cd "$clone" && ./mvnw -B install -DskipTests) >"$out/second-install.log" 2>&1
install_ms=$(ms "$start")
ran=$(grep -c 'skipped false' "$out/second-install.log" || true)
printf "  clean ./mvnw -B verify of a fresh clone: %d s (target <= 180 s)\n" $((verify_ms / 1000))
printf "  unchanged second ./mvnw -B install -DskipTests: %.1f s, %d step(s) ran (target <= 20 s)\n" \
  "$(echo "$install_ms" | awk '{ print $1 / 1000 }')" "$ran"
