#!/usr/bin/env bash
# Installs the `sparesim` command: a small launcher on PATH that runs the built CLI. Called by the
# Release build of src/SpareSim.Cli (so `dotnet build SpareSim.sln -c Release` sets it up; skip
# with SPARESIM_NO_INSTALL=1), or by hand:  scripts/install-command.sh [DLL]
# Where: $SPARESIM_BIN if set, else /usr/local/bin if writable, else ~/.local/bin.
# The launcher runs the CLI of the SpareSim checkout you are in (its Release build), so each
# checkout or worktree uses its own build; outside a checkout it runs the one built last.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dll=${1:-$repo/src/SpareSim.Cli/bin/Release/net10.0/sparesim.dll}
dll=$(cd "$(dirname "$dll")" && pwd)/$(basename "$dll")
if [[ -n ${SPARESIM_BIN:-} ]]; then bin=$SPARESIM_BIN
elif [[ -w /usr/local/bin ]]; then bin=/usr/local/bin
else bin=$HOME/.local/bin; fi
mkdir -p "$bin"
tmp=$(mktemp "$bin/.sparesim.XXXXXX")
cat >"$tmp" <<LAUNCHER
#!/usr/bin/env bash
# sparesim launcher, written by scripts/install-command.sh
top=\$(git rev-parse --show-toplevel 2>/dev/null || true)
local_dll=\$top/src/SpareSim.Cli/bin/Release/net10.0/sparesim.dll
if [[ -n \$top && -f \$local_dll ]]; then exec dotnet "\$local_dll" "\$@"; fi
if [[ -f "$dll" ]]; then exec dotnet "$dll" "\$@"; fi
echo "sparesim: no built CLI (build with: dotnet build SpareSim.sln -c Release)" >&2
exit 1
LAUNCHER
chmod 0755 "$tmp"
mv -f "$tmp" "$bin/sparesim"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "install-command: $bin is not on PATH; add it: export PATH=\"$bin:\$PATH\"" >&2 ;;
esac
