#!/bin/sh
# Fuzz for SECONDS (default 600) at low priority, restarting after each crash so that one bug does
# not end the run.  Crashing inputs land in fuzz/artifacts/ (not committed); the corpus of interesting
# inputs in $CORPUS (default /tmp/newsparse-corpus).  Run from the repository root:
#     sh fuzz/run.sh 600
set -u
SECONDS_TOTAL=${1:-600}
CORPUS=${CORPUS:-/tmp/newsparse-corpus}
PYTHON=${PYTHON:-python}
mkdir -p "$CORPUS" fuzz/artifacts
end=$(( $(date +%s) + SECONDS_TOTAL ))
while [ "$(date +%s)" -lt "$end" ]; do
    left=$(( end - $(date +%s) ))
    nice -n 19 "$PYTHON" fuzz/fuzz_parse.py -max_total_time="$left" -max_len=4096 -timeout=30 \
        -rss_limit_mb=2048 -artifact_prefix=fuzz/artifacts/ "$CORPUS" tests/data/articles
done
