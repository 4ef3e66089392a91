package org.firstmile.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one datasource. Its URL and credentials come from MicroProfile Config at deploy time, so the same WAR runs
 * against the embedded PostgreSQL of the run command and tests, or any external PostgreSQL
 * ({@code FIRSTMILE_DB_URL}, {@code FIRSTMILE_DB_USER}, {@code FIRSTMILE_DB_PASSWORD}). Connections are validated
 * before use so the application recovers by itself after a database restart: at most once every 5 seconds each, since
 * EclipseLink takes a connection from the pool for every read before a transaction's first write, and validating each
 * of those cost a round trip of its own: a funder page made 8 to 12 PostgreSQL transactions, now 5 (README,
 * "Performance"). A connection that died within those seconds fails one request and is dropped; the next validation
 * that fails drops them all ({@code fail-all-connections}). {@code DatabaseOutageIT} checks the recovery.
 */
@Singleton
@DataSourceDefinition(
        name = FirstMileDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=firstmile.db.url}",
        user = "${MPCONFIG=firstmile.db.user}",
        password = "${MPCONFIG=firstmile.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.validate-atmost-once-period-in-seconds=5"
        })
public class FirstMileDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/firstmile";
}
