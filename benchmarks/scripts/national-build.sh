#!/usr/bin/env bash
# Issue 19: the national catalogue (3,000 synthetic plans of 100 indicators, 300,000 in all) built by a real
# `dotnet build` of a consumer project: wall time and the peak resident memory of the largest process of the
# build (csc or MSBuild). One sample; the report goes to benchmarks/results/<folder>/compile-national-dotnet-build.md.
# Takes 10-30 minutes and up to ~20 GB of memory on a 2-core machine: run it by hand, never in CI.
#
#   benchmarks/scripts/national-build.sh [results-folder] [heap-limit-GiB]
set -euo pipefail
if [[ "${CI:-}" == "true" ]]; then
  echo "national-build.sh is a manual benchmark; it does not run in CI." >&2
  exit 0
fi

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-benchmarks/results/compact-members}"
heap="${2:-18}"
cd "$root"
dotnet build -c Release benchmarks/HealthPlan.Catalogue.Benchmarks -v q -nologo
# A copy of the program, so rebuilding the repository while the build runs cannot change it.
bin="$(mktemp -d)"
cp -r benchmarks/HealthPlan.Catalogue.Benchmarks/bin/Release/net10.0/. "$bin"
"$bin/HealthPlan.Catalogue.Benchmarks" compile national-3000 --dotnet-build --huge-samples 1 --timeout-min 45 \
  --heap-limit-gb "$heap" --work "${HPC_COMPILE_WORK:-/tmp/hpc-compile-national}" \
  --report compile-national-dotnet-build --out "$out"
rm -rf "$bin"
