package org.firstmile.floor;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/** The same PostgreSQL and pool settings as FirstMile's datasource, from the same configuration keys. */
@Singleton
@DataSourceDefinition(
        name = "java:app/jdbc/floor",
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
            "fish.payara.validate-atmost-once-period-in-seconds=5"
        })
public class FloorDataSource {
}
