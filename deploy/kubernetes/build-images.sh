#!/usr/bin/env bash
# Builds the eight service images from the Quarkus JVM build with docker or podman.
#   deploy/kubernetes/build-images.sh [--push] [--skip-build] [TAG]
# TAG defaults to the Maven project version, which the overlays reference
# (ghcr.io/aigc-platform/<service>:<TAG>). REGISTRY overrides ghcr.io/aigc-platform.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REGISTRY="${REGISTRY:-ghcr.io/aigc-platform}"
SERVICES=(gateway-service generation-service vertical-games vertical-marketing vertical-media
          vertical-ecommerce vertical-health vertical-finance)
PUSH=false
BUILD=true
TAG=""
for arg in "$@"; do
    case "$arg" in
        --push) PUSH=true ;;
        --skip-build) BUILD=false ;;
        -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
        *) TAG="$arg" ;;
    esac
done

if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    ENGINE=docker
elif command -v podman >/dev/null 2>&1; then
    ENGINE=podman
else
    echo "build-images.sh: neither a running docker nor podman found" >&2
    exit 1
fi

cd "$ROOT"
if [[ -z "$TAG" ]]; then
    TAG="$(sed -n 's:^    <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)"
fi
if $BUILD; then
    modules="$(IFS=,; echo "${SERVICES[*]}")"
    ./mvnw -B -q -pl "$modules" -am package -DskipTests
fi

for service in "${SERVICES[@]}"; do
    if [[ ! -f "$service/target/quarkus-app/quarkus-run.jar" ]]; then
        echo "build-images.sh: $service/target/quarkus-app is missing (run without --skip-build)" >&2
        exit 1
    fi
    image="$REGISTRY/$service:$TAG"
    echo "building $image"
    "$ENGINE" build -f deploy/kubernetes/docker/Dockerfile.jvm --build-arg "MODULE=$service" -t "$image" .
    if $PUSH; then
        "$ENGINE" push "$image"
    fi
done
echo "built ${#SERVICES[@]} images with tag $TAG"
