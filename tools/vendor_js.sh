#!/usr/bin/env bash
# Fetch the dashboard's chart libraries again from the npm registry (`npm pack`) and
# check them against the checksums in src/communique/web/static/vendor/README.md; with
# --write, copy them (and their licences) into that folder. Run from the repository root.
set -euo pipefail
dest="src/communique/web/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for spec in vega@6.4.0 vega-lite@6.5.0 vega-embed@7.3.0; do
  name="${spec%@*}"
  (cd "$work" && npm pack --silent "$spec" >/dev/null && mkdir "$name" && tar xzf "$name"-*.tgz -C "$name")
  file="$work/$name/package/build/$name.min.js"
  want="$(grep "\`$name.min.js\`" "$dest/README.md" | grep -o '[0-9a-f]\{64\}')"
  got="$(sha256sum "$file" | cut -d' ' -f1)"
  if [ "$want" != "$got" ]; then
    echo "$spec: checksum $got differs from the recorded $want" >&2
    [ "${1:-}" = "--write" ] || exit 1
  fi
  if [ "${1:-}" = "--write" ]; then
    cp "$file" "$dest/"
    cp "$work/$name/package/LICENSE" "$dest/LICENSE-$name.txt"
  fi
  echo "$spec ok"
done
