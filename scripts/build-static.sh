#!/usr/bin/env bash
# Builds rapport as one static binary that runs on a distroless static image
# (no libc): cgo for SQLite (mattn/go-sqlite3), pure-Go DNS and user lookup,
# no SQLite extension loading (dlopen cannot work in a static binary), and
# an externally, statically linked result. The Dockerfile and CI run this.
#
# Usage: scripts/build-static.sh [OUTPUT]     (default OUTPUT: ./rapport)
# Environment: VERSION (default: git describe, else "dev").
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-./rapport}
version=${VERSION:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}

export CGO_ENABLED=1
go build -trimpath \
  -tags osusergo,netgo,sqlite_omit_load_extension \
  -ldflags "-s -w -linkmode external -extldflags \"-static\" -X main.version=${version}" \
  -o "$out" ./cmd/rapport

# Prove it: a dynamic binary would fail on distroless with "no such file".
if command -v file >/dev/null 2>&1; then
  info=$(file -L "$out")
  case "$info" in
    *"statically linked"*|*"static-pie linked"*) ;;
    *) echo "build-static: $out is not statically linked: $info" >&2; exit 1 ;;
  esac
fi
"$out" version
