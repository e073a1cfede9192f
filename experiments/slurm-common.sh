# Sourced by slurm-array.sh and slurm-merge.sh (from the submission folder, the repository root):
# reads EXPERIMENT N [OUT] [--Key=Value ...] into experiment, shards, out and overrides, and sets
# SPARESIM, the command to run: $SPARESIM if set, else `sparesim` if on PATH, else the built CLI
# through `dotnet run --no-build` (concurrent tasks must never build), and is_study.
experiment=${1:?experiment file}
shards=${2:?number of shards}
shift 2
out=runs/$(basename "$experiment" .json)
if [[ $# -gt 0 && $1 != --* ]]; then out=$1; shift; fi
overrides=("$@")
if [[ -z ${SPARESIM:-} ]]; then
  if command -v sparesim >/dev/null; then SPARESIM=sparesim; else SPARESIM="dotnet run --no-build --project src/SpareSim.Cli -c Release --"; fi
fi
# A study's file names "Study" (any case, as the configuration binder reads keys).
if grep -Eiq '"study"[[:space:]]*:' "$experiment"; then is_study=1; else is_study=0; fi
