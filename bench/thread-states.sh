#!/usr/bin/env bash
# Poor man's profiler of a service under load: N thread dumps (jcmd), the request worker threads of each grouped by
# what they wait for, and the platform frames of those waiting for PostgreSQL. This is how the hot row lock of the
# gateway's budget reservation was found (bench/RESULTS.md, "Where the time goes").
#
#   bench/thread-states.sh <pid> [dumps=3] [interval-seconds=2]
#   bench/thread-states.sh "$(cat .aigc/pids/gateway-service.pid)"      # while a load step runs
set -euo pipefail
pid="$1"; dumps="${2:-3}"; interval="${3:-2}"
for i in $(seq "$dumps"); do
  echo "== dump $i of pid $pid"
  jcmd "$pid" Thread.print | awk '
    /^"/ { if (name != "") emit(); name = $0; body = ""; next }
    { body = body "\n" $0 }
    END { if (name != "") emit(); for (k in c) printf "%5d  %s\n", c[k], k }
    function emit(   n, i, x, k, where) {
      if (name !~ /executor-thread|vert.x-worker/) { name = ""; return }
      if (body ~ /runThreadBody|LinkedTransferQueue/ && body !~ /org\.aigc/) key = "idle"
      else if (body ~ /agroal/ && body ~ /(acquire|getConnection)/ && body ~ /park/) key = "waiting for a pooled DB connection"
      else if (body ~ /postgresql/ && body ~ /(SocketDispatcher|NioSocketImpl|SocketInputStream)\.read/) {
        n = split(body, lines, "\n"); where = ""; k = 0
        for (i = 1; i <= n && k < 2; i++) if (lines[i] ~ /at org\.aigc/ && lines[i] !~ /_Subclass|_ClientProxy/) {
          x = lines[i]; sub(/^[ \t]*at /, "", x); sub(/\(.*/, "", x); where = where " <- " x; k++ }
        key = "waiting for PostgreSQL" where
      } else key = "running / other"
      c[key]++; name = ""
    }' | sort -rn
  ((i < dumps)) && sleep "$interval"
done
