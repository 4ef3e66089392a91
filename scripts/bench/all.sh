#!/usr/bin/env bash
# Runs every benchmark at a chosen scale and writes reports/bench/<date>.md (git-ignored).
#   scripts/bench/all.sh [--scale 1] [--compare-scale 10] [--seconds 20] [--connections 16]
# Scale 1 is 20,000 grants, 200,000 milestones, 100,000 partner updates and 1,000,000 audit events; the SQL
# statement counts are taken again at the compare scale (default ten times the scale). Needs wrk and psql
# (apt-get install -y wrk postgresql-client). Everything runs on loopback in target/bench.
set -euo pipefail
cd "$(dirname "$0")/../.."

for tool in wrk psql; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk postgresql-client" >&2; exit 1; }
done
echo "Building FirstMile ..."
mvn -q -o -DskipTests package 2>/dev/null || mvn -q -DskipTests package
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/run-classpath.txt
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/run-classpath.txt)" \
    org.firstmile.testsupport.bench.PortfolioBench "$@"
