#!/usr/bin/env bash
# Installs the pinned npm tools (Prism, Spectral, Redocly CLI; see package.json / package-lock.json)
# into node_modules/ at the repository root. Run by the Maven build before any tool is used.
#
# `npm ci` wipes and reinstalls node_modules (about 20 s), so it only runs when node_modules is
# missing or package.json / package-lock.json changed since the last install. A checksum of both
# files is kept inside node_modules/, so deleting node_modules also forces a reinstall.
#
# Each install is also kept in the user's cache, under that checksum (like ~/.m2 for Maven): a fresh
# clone with the same lock file copies it from there (hard links, about 1 s) instead of running npm ci.
# FACEID_NPM_TOOLS_CACHE=off turns that off.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

marker="node_modules/.faceid-npm-tools.sha256"

# Several modules may run this at once (mvn -T): one installs, the others wait, then find it up to date.
if command -v flock >/dev/null 2>&1; then
  exec 9<package-lock.json
  flock 9
fi

checksum() {
  if command -v sha256sum >/dev/null 2>&1; then
    cat package.json package-lock.json | sha256sum | cut -d' ' -f1
  else # macOS
    cat package.json package-lock.json | shasum -a 256 | cut -d' ' -f1
  fi
}

wanted="$(checksum)"
if [[ -f "$marker" && "$(cat "$marker")" == "$wanted" ]]; then
  echo "npm-tools: node_modules is up to date with package-lock.json"
  exit 0
fi

cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/faceid-toolkit/npm-tools"
cached="$cache_root/$wanted/node_modules"
if [[ "${FACEID_NPM_TOOLS_CACHE:-on}" != off && -f "$cached/.faceid-npm-tools.sha256" ]]; then
  echo "npm-tools: copying the pinned tools of this lock file from $cached"
  rm -rf node_modules
  # Hard links when the cache is on the same file system, a copy otherwise.
  cp -al "$cached" node_modules 2>/dev/null || { rm -rf node_modules; cp -a "$cached" node_modules; }
  exit 0
fi

echo "npm-tools: installing the pinned tools with npm ci"
# Spectral depends on @scarf/scarf, whose install script reports downloads; keep it quiet and offline.
export SCARF_ANALYTICS=false
# --prefer-offline: packages already in npm's cache are taken from it without asking the registry again
# (measured 12.8 s instead of 21.0 s for this lock file with a warm cache); anything missing is fetched.
npm ci --no-audit --no-fund --prefer-offline
echo "$wanted" >"$marker"

if [[ "${FACEID_NPM_TOOLS_CACHE:-on}" != off ]]; then
  # Copied to a temporary name first and renamed, so a half-written copy is never taken for a whole one.
  mkdir -p "$cache_root"
  staging="$(mktemp -d "$cache_root/.staging.XXXXXX")"
  if cp -al node_modules "$staging/node_modules" 2>/dev/null || cp -a node_modules "$staging/node_modules"; then
    mkdir -p "$cache_root/$wanted"
    mv -T "$staging/node_modules" "$cached" 2>/dev/null || true # another build may have cached it first
  fi
  rm -rf "$staging"
fi
