#!/usr/bin/env bash
# Overhead of the generation service per model call, against the testkit's fake OpenAI server at a fixed latency.
# Starts (on its own ports, data in a temp dir): the local Kafka/PostgreSQL stack, the fake model, the packaged
# generation-service with alias 'default' on the fake; then runs LoadClient.java and stops everything it started.
#
#   bench/generation/run.sh [calls=1000] [warmup=200] [concurrency=8] [latency-ms=50]
#
# Needs: ./mvnw -pl generation-service,deploy/local,platform/testkit install (packaged jars) and JDK 17.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
ROOT="$PWD"
KAFKA_PORT=29092 CONTROLLER_PORT=29093 PG_PORT=25432 FAKE_PORT=29999 HTTP_PORT=28081
LATENCY=50
for arg in "$@"; do [[ "$arg" == latency-ms=* ]] && LATENCY="${arg#latency-ms=}"; done
WORK="$(mktemp -d /tmp/aigc-bench-gen.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

STACK_JAR="$(ls deploy/local/target/stack/*-stack.jar)"
SERVICE_JAR="generation-service/target/quarkus-app/quarkus-run.jar"
[[ -f "$SERVICE_JAR" ]] || { echo "package generation-service first" >&2; exit 1; }
# the testkit's runtime classpath has the fake server, the contracts, Jackson and kafka-clients for the load client
./mvnw -B -q -o -pl platform/testkit dependency:build-classpath -Dmdep.outputFile="$WORK/testkit.cp" > /dev/null
CP="$ROOT/platform/testkit/target/classes:$(cat "$WORK/testkit.cp")"

echo "starting Kafka/PostgreSQL (data in $WORK)"
java -XX:+UseSerialGC -Xmx256m -jar "$STACK_JAR" --data-dir "$WORK/stack" --kafka-port $KAFKA_PORT \
  --controller-port $CONTROLLER_PORT --pg-port $PG_PORT > "$WORK/stack.log" 2>&1 &
PIDS+=($!)
until grep -q "local stack ready" "$WORK/stack.log"; do sleep 1; done

echo "starting the fake model on :$FAKE_PORT with $LATENCY ms latency"
java -XX:+UseSerialGC -cp "$CP" org.aigc.testkit.FakeOpenAiServer $FAKE_PORT "$LATENCY" > "$WORK/fake.log" 2>&1 &
PIDS+=($!)

echo "starting generation-service on :$HTTP_PORT"
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT QUARKUS_HTTP_PORT=$HTTP_PORT \
AIGC_OPENAI_BASE_URL=http://127.0.0.1:$FAKE_PORT/v1 AIGC_OPENAI_API_KEY=bench AIGC_OPENAI_MODEL=bench-model \
  java -XX:+UseSerialGC -Xmx512m -jar "$SERVICE_JAR" > "$WORK/service.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 120); do
  curl -fs "http://127.0.0.1:$HTTP_PORT/q/health/ready" > /dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$HTTP_PORT/q/health/ready" > /dev/null || { tail -30 "$WORK/service.log"; exit 1; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" bench/generation/LoadClient.java bootstrap=127.0.0.1:$KAFKA_PORT \
  fake=http://127.0.0.1:$FAKE_PORT/v1 "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
