#!/usr/bin/env bash
# Merges the shards of experiments/slurm-array.sh; submitted by experiments/slurm-submit.sh as a
# job that starts only when every array task succeeded (--dependency=afterok).
#   sbatch --dependency=afterok:ARRAY_JOB experiments/slurm-merge.sh EXPERIMENT.json N [OUT] [--Key=Value ...]
# An experiment: `sparesim merge OUT/shard-*-of-N --out OUT`. A study: `sparesim merge --all OUT`
# merges the shards of each of its simulation folders and the study is run again without --shard,
# which analyses the merged replications instead of simulating (a study whose later simulations
# need earlier ones, remote-printing-stress, runs those here unsharded unless the same
# slurm-submit.sh command is submitted again after this job: its shards then run the next phase).
#SBATCH --job-name=sparesim-merge
#SBATCH --cpus-per-task=1
#SBATCH --time=01:00:00
set -euo pipefail
cd "${SLURM_SUBMIT_DIR:-.}"
source experiments/slurm-common.sh
shard_folders() { local i; for ((i = 1; i <= shards; i++)); do echo "$1/shard-$i-of-$shards"; done; }
if ((is_study)); then
  # Every simulation folder of the study (one, or one per scenario and phase); sets merged earlier are kept.
  $SPARESIM merge --all "$out"
  $SPARESIM run "$experiment" --out "$out" --threads "${SLURM_CPUS_PER_TASK:-1}" "${overrides[@]}"
else
  # shellcheck disable=SC2046
  $SPARESIM merge $(shard_folders "$out") --out "$out"
fi
