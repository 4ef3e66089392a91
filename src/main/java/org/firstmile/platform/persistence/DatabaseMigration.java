package org.firstmile.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with the Flyway migrations before anything uses the database. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String LOCATION = "classpath:db/migration";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = FirstMileDataSource.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrateAtStartup() {
        MigrateResult result = migrateSchema(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** Runs the migrations against any PostgreSQL datasource; tests use it on an empty database too. */
    public static MigrateResult migrateSchema(DataSource target) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(target)
                .locations(LOCATION)
                .load()
                .migrate();
    }
}
