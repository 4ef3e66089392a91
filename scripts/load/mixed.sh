#!/usr/bin/env bash
# Sustained mixed load: starts an embedded PostgreSQL and FirstMile of their own in target/load (loopback only), signs
# in 32 staff sessions that read pages and save proposals through the real form for 3 minutes, then checks that every
# write FirstMile acknowledged is in the database. Prints requests, errors, acknowledged and found writes; exits 1 on
# any error or lost write.
#   scripts/load/mixed.sh [--minutes 3] [--connections 32]
set -euo pipefail
cd "$(dirname "$0")/../.."

echo "Building FirstMile ..."
mvn -q -o -DskipTests package 2>/dev/null || mvn -q -DskipTests package
if [ ! -f target/run-classpath.txt ] || [ pom.xml -nt target/run-classpath.txt ]; then
    mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/run-classpath.txt
fi
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/run-classpath.txt)" \
    org.firstmile.testsupport.load.MixedLoadCheck "$@"
