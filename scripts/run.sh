#!/usr/bin/env bash
# Runs FirstMile: builds if needed, starts an embedded PostgreSQL (data in ./data/postgres) unless FIRSTMILE_DB_URL
# points at an external one, starts Payara Micro on http://localhost:8080/ (FIRSTMILE_PORT), loads the demo data
# into an empty database and prints the demo logins. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

launcher=target/test-classes/org/firstmile/testsupport/server/DevServer.class
if [ ! -f target/firstmile.war ] || [ ! -f target/payara-micro.jar ] || [ ! -f "$launcher" ] \
    || [ -n "$(find src pom.xml -newer target/firstmile.war -print -quit)" ]; then
    echo "Building FirstMile ..."
    mvn -q -DskipTests package
fi
if [ ! -f target/run-classpath.txt ] || [ pom.xml -nt target/run-classpath.txt ]; then
    mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/run-classpath.txt
fi
exec java -cp "target/test-classes:target/classes:$(cat target/run-classpath.txt)" \
    org.firstmile.testsupport.server.DevServer
