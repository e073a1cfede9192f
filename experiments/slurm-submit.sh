#!/usr/bin/env bash
# Submits a SpareSim experiment or study to Slurm as a job array of N shards plus a merge job that
# runs when all of them succeeded. Run from the repository root:
#   experiments/slurm-submit.sh EXPERIMENT.json N [OUT] [--Key=Value ...]
# Prints the array job id and the merge job id; the last line is the merge job id alone.
# Environment: SBATCH_OPTIONS, extra sbatch options for both jobs (e.g. "--partition=short
# --cpus-per-task=4"); SPARESIM_SLURM_LOGS, the folder of the jobs' logs (default slurm-logs;
# never inside OUT, which holds only sparesim's files).
set -euo pipefail
[[ $# -ge 2 ]] || { echo "usage: experiments/slurm-submit.sh EXPERIMENT.json N [OUT] [--Key=Value ...]" >&2; exit 2; }
experiment=$1 shards=$2
[[ -f $experiment ]] || { echo "slurm-submit: no experiment file '$experiment'" >&2; exit 2; }
[[ $shards =~ ^[1-9][0-9]*$ ]] || { echo "slurm-submit: the shard count must be a whole number >= 1, got '$shards'" >&2; exit 2; }
here=$(dirname "$0")
logs=${SPARESIM_SLURM_LOGS:-slurm-logs}
mkdir -p "$logs"
# shellcheck disable=SC2086
array=$(sbatch --parsable ${SBATCH_OPTIONS:-} --array="1-$shards" --output="$logs/%x-%A_%a.out" "$here/slurm-array.sh" "$@")
array=${array%%;*}
# shellcheck disable=SC2086
merge=$(sbatch --parsable ${SBATCH_OPTIONS:-} --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --output="$logs/%x-%j.out" "$here/slurm-merge.sh" "$@")
merge=${merge%%;*}
echo "array job $array ($shards tasks), merge job $merge; logs in $logs/" >&2
echo "$merge"
