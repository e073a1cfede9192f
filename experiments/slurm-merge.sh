#!/usr/bin/env bash
# Merges the shards of experiments/slurm-array.sh; submitted by experiments/slurm-submit.sh as a
# job that starts only when every array task succeeded (--dependency=afterok).
#   sbatch --dependency=afterok:ARRAY_JOB experiments/slurm-merge.sh EXPERIMENT.json N [OUT] [--Key=Value ...]
# An experiment: `sparesim merge OUT/shard-*-of-N --out OUT`. A study: its simulation shards are
# merged into OUT/simulation and the study is run again without --shard, which analyses the
# merged replications instead of simulating.
#SBATCH --job-name=sparesim-merge
#SBATCH --cpus-per-task=1
#SBATCH --time=01:00:00
set -euo pipefail
experiment=${1:?experiment file}
shards=${2:?number of shards}
shift 2
out=results/$(basename "$experiment" .json)
if [[ $# -gt 0 && $1 != --* ]]; then out=$1; shift; fi
cd "${SLURM_SUBMIT_DIR:-.}"
if [[ -z ${SPARESIM:-} ]]; then
  if command -v sparesim >/dev/null; then SPARESIM=sparesim; else SPARESIM="dotnet run --no-build --project src/SpareSim.Cli -c Release --"; fi
fi
shard_folders() { local i; for ((i = 1; i <= shards; i++)); do echo "$1/shard-$i-of-$shards"; done; }
if grep -Eiq '"study"[[:space:]]*:' "$experiment"; then
  # shellcheck disable=SC2046
  $SPARESIM merge $(shard_folders "$out/simulation") --out "$out/simulation"
  $SPARESIM run "$experiment" --out "$out" --threads "${SLURM_CPUS_PER_TASK:-1}" "$@"
else
  # shellcheck disable=SC2046
  $SPARESIM merge $(shard_folders "$out") --out "$out"
fi
