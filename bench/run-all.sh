#!/usr/bin/env bash
# All platform benchmarks in one run; rewrites the tables of bench/RESULTS.md and bench/results.png.
#
#   bench/run-all.sh            full run (~25 min): fixed model latency 50 ms and 1 s; concurrency 1, 10, 100, 1000;
#                               per step: direct call, Portkey, gateway /v1/chat/completions, industry pipeline;
#                               then a 10-minute soak; then the report
#   bench/run-all.sh --quick    smoke run (~4 min): 50 ms only, concurrency 1/10/100, short steps, 60 s soak
#
# Options (after --quick, if any): --latencies=50,1000 --concurrency=1,10,100,1000 --targets=direct,portkey,chat,pipeline
#   (also: chat-stream, the gateway's /v1/chat/completions with stream=true, timed to the last byte)
#   --warmup=S --seconds=S (per step) --soak=S (0 = none) --tag=NAME (output dir bench/out/NAME)
#   --no-report (keep RESULTS.md/plot as they are: for ad-hoc and before/after runs)
#   --before-gateway=DIR  first measure the gateway targets (chat, chat-stream, pipeline: those in --targets) at the
#                         two highest concurrencies (first latency) with the gateway app in DIR (a copy of
#                         gateway-service/target/quarkus-app built from the code before a change), labelled
#                         <target>-before; then the normal run with the current build.
#                         Same platform session and data; the "after" steps run later, on more data.
#
# What it does: refuses to run when anything listens on its ports; starts the fake model (bench/fake-model.mjs, a
# separate Node process with a fixed latency), the platform with `./aigc up` (after `./aigc down --wipe`: the
# benchmark needs a fresh state, so the worktree's .aigc/ data is deleted) with the `default` model on the fake, a
# benchmark tenant with no effective limits (admin API), and Portkey (bench/portkey, pinned in package-lock.json).
# The load client is bench/loadgen.mjs. Everything it started is stopped on exit, also on error or Ctrl-C.
# Needs: JDK 17, Node >= 18, npm, curl; packaged services (./mvnw -B -q -DskipTests package).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
ROOT="$PWD"
BENCH="$ROOT/bench"

FAKE_PORT=18999
PORTKEY_PORT=18787
GATEWAY=http://127.0.0.1:8080
LATENCIES=50,1000
CONCURRENCY=1,10,100,1000
TARGETS=direct,portkey,chat,pipeline
WARMUP=4
SECONDS_PER_STEP=12
SOAK=600
SOAK_PIPELINE_USERS=20
SOAK_CHAT_USERS=10
PLATFORM_WARMUP=45
TAG="run-$(date -u +%Y%m%d-%H%M%S)"
REPORT=true
BEFORE_GW=""
for arg in "$@"; do
  case "$arg" in
    --quick) LATENCIES=50; CONCURRENCY=1,10,100; WARMUP=2; SECONDS_PER_STEP=4; SOAK=60; PLATFORM_WARMUP=15 ;;
    --latencies=*) LATENCIES="${arg#*=}" ;;
    --concurrency=*) CONCURRENCY="${arg#*=}" ;;
    --targets=*) TARGETS="${arg#*=}" ;;
    --warmup=*) WARMUP="${arg#*=}" ;;
    --seconds=*) SECONDS_PER_STEP="${arg#*=}" ;;
    --soak=*) SOAK="${arg#*=}" ;;
    --tag=*) TAG="${arg#*=}" ;;
    --no-report) REPORT=false ;;
    --before-gateway=*) BEFORE_GW="$(readlink -f "${arg#*=}")"; [[ -f "$BEFORE_GW/quarkus-run.jar" ]] || { echo "no quarkus-run.jar in $BEFORE_GW" >&2; exit 2; } ;;
    *) echo "unknown option: $arg (see the top of $0)" >&2; exit 2 ;;
  esac
done
OUT="$BENCH/out/$TAG"

die() { echo "run-all: $*" >&2; exit 1; }
log() { echo "[$(date -u +%H:%M:%S)] $*"; }

for tool in java node npm curl; do command -v "$tool" >/dev/null || die "$tool is not on PATH"; done
for module in gateway-service generation-service vertical-games; do
  [[ -f "$module/target/quarkus-app/quarkus-run.jar" ]] || die "$module is not packaged: ./mvnw -B -q -DskipTests package"
done
for port in 8080 8081 8082 8083 8084 8085 8086 8087 19092 15432 $FAKE_PORT $PORTKEY_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port is in use: stop what listens there first (./aigc down for the platform)"
  fi
done
mkdir -p "$OUT"
: > "$OUT/results.jsonl"

PIDS=()
PLATFORM_STARTED=false
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for pid in "${PIDS[@]+"${PIDS[@]}"}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]+"${PIDS[@]}"}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [[ -d gateway-service/target/quarkus-app.bench-current ]]; then
    rm -rf gateway-service/target/quarkus-app && mv gateway-service/target/quarkus-app.bench-current gateway-service/target/quarkus-app
  fi
  if [[ "$PLATFORM_STARTED" == true ]]; then
    log "stopping the platform (./aigc down)"
    ./aigc down > "$OUT/aigc-down.log" 2>&1 || echo "run-all: ./aigc down failed, see $OUT/aigc-down.log" >&2
  fi
  ((rc == 0)) || echo "run-all: FAILED (exit $rc); logs in $OUT and .aigc/logs" >&2
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- load sampling of the machine (other work on it inflates every number; the report states it) -------------------
( while :; do echo "$(date -u +%s) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 5; done ) > "$OUT/loadavg.txt" &
PIDS+=($!)

# --- fake model ----------------------------------------------------------------------------------------------------
IFS=, read -r -a LAT_LIST <<< "$LATENCIES"
log "starting the fake model on :$FAKE_PORT"
node "$BENCH/fake-model.mjs" --port=$FAKE_PORT --latency-ms="${LAT_LIST[0]}" > "$OUT/fake-model.log" 2>&1 &
FAKE_PID=$!
PIDS+=($FAKE_PID)
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$FAKE_PORT/stats" > /dev/null 2>&1 && break; sleep 0.1; done
curl -fs "http://127.0.0.1:$FAKE_PORT/stats" > /dev/null || die "the fake model did not start: $(cat "$OUT/fake-model.log")"

# --- Portkey -------------------------------------------------------------------------------------------------------
if [[ ",$TARGETS," == *,portkey,* ]]; then
  if [[ ! -f "$BENCH/portkey/node_modules/@portkey-ai/gateway/build/start-server.js" ]]; then
    log "installing Portkey (npm ci in bench/portkey)"
    (cd "$BENCH/portkey" && npm ci --no-audit --no-fund > "$OUT/npm-ci.log" 2>&1) || die "npm ci failed: $OUT/npm-ci.log"
  fi
  log "starting Portkey $(node -p "require('$BENCH/portkey/node_modules/@portkey-ai/gateway/package.json').version") on :$PORTKEY_PORT"
  (cd "$BENCH/portkey" && exec node node_modules/@portkey-ai/gateway/build/start-server.js --port=$PORTKEY_PORT \
    --headless) > "$OUT/portkey.log" 2>&1 &
  PORTKEY_PID=$!
  PIDS+=($PORTKEY_PID)
fi

# --- platform ------------------------------------------------------------------------------------------------------
log "starting the platform (./aigc down --wipe; ./aigc up), default model -> fake"
./aigc down --wipe > "$OUT/aigc-down-before.log" 2>&1 || true
PLATFORM_STARTED=true
mkdir -p "$OUT/gc"
platform_up() {
  AIGC_OPENAI_BASE_URL="http://127.0.0.1:$FAKE_PORT/v1" AIGC_OPENAI_API_KEY=bench AIGC_OPENAI_MODEL=bench-model \
  AIGC_JAVA_OPTS="-XX:+UseSerialGC -Xmx512m -XX:+ExitOnOutOfMemoryError -Xlog:gc:file=$OUT/gc/gc-%p.log:time" \
    AIGC_START_TIMEOUT="${AIGC_START_TIMEOUT:-600}" ./aigc up >> "$OUT/aigc-up.log" 2>&1
}
# a second attempt starts only what is not running: on a busy machine a service can miss its 30 s database
# connection timeout during start-up (seen with a load average of 60 on 2 cores)
platform_up || { log "./aigc up failed once, trying again"; platform_up; } \
  || { tail -30 "$OUT/aigc-up.log" >&2; die "./aigc up failed"; }
ADMIN="$(tr -d '\n' < .aigc/admin-key)"

json_field() { tr -d '\n' | grep -o "\"$1\"[[:space:]]*:[[:space:]]*\"[^\"]*\"" | head -n1 | sed 's/.*:[[:space:]]*"//; s/"$//'; }
# a tenant whose limits cannot bind: the benchmark measures the platform, not its rate limiter refusing work. The
# limits stay SET (not null) so the same checks run as for a real tenant.
TENANT="$(curl -fsS -m 30 -X POST "$GATEWAY/api/v1/admin/tenants" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' \
  -d '{"name":"bench","rateLimitPerMinute":1000000,"tokenQuotaPerDay":1000000000000,"monthlyBudget":"1000000000.00","currency":"USD"}' \
  | json_field id)"
[[ -n "$TENANT" ]] || die "cannot create the benchmark tenant"
KEY="$(curl -fsS -m 30 -X POST "$GATEWAY/api/v1/admin/tenants/$TENANT/keys" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' -d '{}' | json_field key)"
[[ -n "$KEY" ]] || die "cannot create the benchmark key"

# one job end to end, and it must have reached the fake (not the offline model)
before="$(curl -fs "http://127.0.0.1:$FAKE_PORT/stats" | grep -o '"requests":[0-9]*' | cut -d: -f2)"
probe="$(curl -sS -m 60 -X POST "$GATEWAY/api/v1/games/generations" -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' -H 'Prefer: wait=50' \
  -d '{"task":"npc-dialogue","input":{"characterName":"Mira","persona":"A wary herbalist","utterance":"Hello"}}')"
after="$(curl -fs "http://127.0.0.1:$FAKE_PORT/stats" | grep -o '"requests":[0-9]*' | cut -d: -f2)"
[[ "$probe" == *'"status":"COMPLETED"'* && "$after" -gt "$before" ]] \
  || die "probe job did not complete through the fake model: $probe"
log "platform up; probe job COMPLETED through the fake model"

# --- processes to sample ---------------------------------------------------------------------------------------------
pid_of() { tr -d '\n' < ".aigc/pids/$1.pid"; }
# PostgreSQL: the postmaster of our port and all its children (one backend per pooled connection), summed as PSS
postgres_pids() {
  local master
  master="$(ps -eo pid=,args= | awk '/bin\/postgres / && / -p 15432( |$)/ {print $1; exit}')"
  [[ -n "$master" ]] || return 0
  printf '%s' "$master"
  for child in $(pgrep -P "$master"); do printf '+%s' "$child"; done
}
procs() {
  local spec="fake:$FAKE_PID" name
  [[ -n "${PORTKEY_PID:-}" ]] && spec+=",portkey:$PORTKEY_PID"
  spec+=",kafka:$(pid_of infra)"
  local pg
  pg="$(postgres_pids)"
  [[ -n "$pg" ]] && spec+=",postgres:$pg"
  for name in gateway-service generation-service vertical-games vertical-marketing vertical-media vertical-ecommerce \
      vertical-health vertical-finance; do
    local short="${name#vertical-}"
    spec+=",${short%-service}:$(pid_of "$name")"
  done
  printf '%s' "$spec"
}
{
  echo "tag=$TAG"
  echo "started=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores=$(nproc)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory_mb=$(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo)"
  echo "java=$(java -version 2>&1 | head -1)"
  echo "node=$(node --version)"
  echo "latencies=$LATENCIES concurrency=$CONCURRENCY targets=$TARGETS warmup=$WARMUP seconds=$SECONDS_PER_STEP soak=$SOAK"
  echo "procs=$(procs)"
} > "$OUT/meta.txt"

# step <target> <latency> <concurrency> [label]
step() {
  local target="$1" latency="$2" users="$3" label="${4:-$1}" args=()
  case "$target" in
    direct) args=(--kind=chat --url="http://127.0.0.1:$FAKE_PORT/v1/chat/completions" --model=bench-model
                  --header="Authorization: Bearer bench") ;;
    portkey) args=(--kind=chat --url="http://127.0.0.1:$PORTKEY_PORT/v1/chat/completions" --model=bench-model
                  --header="Authorization: Bearer bench" --header="x-portkey-provider: openai"
                  --header="x-portkey-custom-host: http://127.0.0.1:$FAKE_PORT/v1") ;;
    chat) args=(--kind=chat --url="$GATEWAY/v1/chat/completions" --model=default
                  --header="Authorization: Bearer $KEY") ;;
    chat-stream) args=(--kind=chat --stream=true --url="$GATEWAY/v1/chat/completions" --model=default
                  --header="Authorization: Bearer $KEY") ;;
    pipeline) args=(--kind=pipeline --url="$GATEWAY/api/v1/games/generations" --header="Authorization: Bearer $KEY") ;;
    *) die "unknown target $target" ;;
  esac
  node "$BENCH/loadgen.mjs" --label="$label" "${args[@]}" --concurrency="$users" --warmup="$WARMUP" \
    --seconds="$SECONDS_PER_STEP" --fixed-ms="$latency" --procs="$(procs)" --out="${OUT_FILE:-$OUT/results.jsonl}" \
    || die "load step $target c=$users failed"
}

IFS=, read -r -a C_LIST <<< "$CONCURRENCY"
IFS=, read -r -a T_LIST <<< "$TARGETS"

# fresh JVMs compile their hot paths during the first minute: warm every path up once, unmeasured, so the first
# (low-concurrency) steps do not measure the JIT
log "warming up for ${PLATFORM_WARMUP}s (all paths at 10 in flight, not measured)"
warm_pids=()
for target in "${T_LIST[@]}"; do
  ( WARMUP=1 SECONDS_PER_STEP="$PLATFORM_WARMUP" OUT_FILE="$OUT/warmup.jsonl" step "$target" "${LAT_LIST[0]}" 10 \
      "warmup-$target" > "$OUT/warmup-$target.log" 2>&1 ) &
  warm_pids+=($!)
done
for pid in "${warm_pids[@]}"; do wait "$pid" || die "warm-up failed: $(cat "$OUT"/warmup-*.log)"; done

# restart_gateway <quarkus-app dir>: the gateway alone, from that build (the others keep running)
restart_gateway() {
  local pid
  pid="$(pid_of gateway-service)"
  kill "$pid"
  for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if [[ "$1" != "$ROOT/gateway-service/target/quarkus-app" ]]; then
    mv gateway-service/target/quarkus-app gateway-service/target/quarkus-app.bench-current
    cp -R "$1" gateway-service/target/quarkus-app
  fi
  platform_up || { platform_up || die "gateway restart from $1 failed"; }
  if [[ -d gateway-service/target/quarkus-app.bench-current ]]; then
    rm -rf gateway-service/target/quarkus-app
    mv gateway-service/target/quarkus-app.bench-current gateway-service/target/quarkus-app
  fi
}
if [[ -n "$BEFORE_GW" ]]; then
  curl -fsS -X POST "http://127.0.0.1:$FAKE_PORT/control?latency-ms=${LAT_LIST[0]}" > /dev/null
  log "before/after: gateway from $BEFORE_GW"
  restart_gateway "$BEFORE_GW"
  for users in "${C_LIST[@]: -2}"; do
    for target in "${T_LIST[@]}"; do
      [[ "$target" == direct || "$target" == portkey ]] && continue
      step "$target" "${LAT_LIST[0]}" "$users" "$target-before"
      sleep 2
    done
  done
  log "before/after: back to the current gateway build"
  restart_gateway "$ROOT/gateway-service/target/quarkus-app"
fi
for latency in "${LAT_LIST[@]}"; do
  curl -fsS -X POST "http://127.0.0.1:$FAKE_PORT/control?latency-ms=$latency" > /dev/null
  log "fake model latency: $latency ms"
  for users in "${C_LIST[@]}"; do
    for target in "${T_LIST[@]}"; do
      step "$target" "$latency" "$users"
      sleep 2 # let outbox markers, usage settlement and GC catch up before the next step
    done
  done
done

# --- soak ----------------------------------------------------------------------------------------------------------
if ((SOAK > 0)); then
  curl -fsS -X POST "http://127.0.0.1:$FAKE_PORT/control?latency-ms=50" > /dev/null
  log "soak: ${SOAK}s, $SOAK_PIPELINE_USERS pipeline + $SOAK_CHAT_USERS chat users, fake latency 50 ms"
  # heap after a full GC, every 2 minutes (and at start/end): a leak shows as a rising live heap
  jvms() { for name in infra gateway-service generation-service vertical-games; do printf '%s:%s ' "$name" "$(pid_of "$name")"; done; }
  full_gc() {
    local entry
    for entry in $(jvms); do
      echo "$(date -u +%s) ${entry%%:*} $(jcmd "${entry#*:}" GC.run > /dev/null 2>&1 && echo ok || echo failed)" >> "$OUT/soak-gc-runs.txt"
    done
  }
  echo "$(jvms)" > "$OUT/soak-jvms.txt"
  node "$BENCH/loadgen.mjs" --label=soak-chat --kind=chat --url="$GATEWAY/v1/chat/completions" --model=default \
    --header="Authorization: Bearer $KEY" --concurrency=$SOAK_CHAT_USERS --warmup=5 --seconds="$SOAK" --fixed-ms=50 \
    --out="$OUT/soak.jsonl" > "$OUT/soak-chat.log" 2>&1 &
  SOAK_CHAT_PID=$!
  PIDS+=($SOAK_CHAT_PID)
  node "$BENCH/loadgen.mjs" --label=soak-pipeline --kind=pipeline --url="$GATEWAY/api/v1/games/generations" \
    --header="Authorization: Bearer $KEY" --concurrency=$SOAK_PIPELINE_USERS --warmup=5 --seconds="$SOAK" \
    --fixed-ms=50 --procs="$(procs)" --series="$OUT/soak-series.csv" --sample-every=5 \
    --out="$OUT/soak.jsonl" > "$OUT/soak-pipeline.log" 2>&1 &
  SOAK_PID=$!
  PIDS+=($SOAK_PID)
  sleep 5
  soak_start=$SECONDS
  full_gc
  while kill -0 "$SOAK_PID" 2>/dev/null; do
    sleep 5
    if ((SECONDS - soak_start >= 120)); then full_gc; soak_start=$SECONDS; fi
  done
  full_gc
  wait "$SOAK_PID" || die "soak load failed: $(cat "$OUT/soak-pipeline.log")"
  wait "$SOAK_CHAT_PID" || die "soak chat load failed: $(cat "$OUT/soak-chat.log")"
  cat "$OUT/soak-pipeline.log" "$OUT/soak-chat.log"
fi

curl -fs "http://127.0.0.1:$FAKE_PORT/stats" > "$OUT/fake-stats.json" || true
cp .aigc/logs/*.log "$OUT/" 2>/dev/null || true
if [[ "$REPORT" == true ]]; then
  log "writing bench/RESULTS.md tables and bench/results.png"
  node "$BENCH/report.mjs" "$OUT"
fi
log "done: $OUT"
