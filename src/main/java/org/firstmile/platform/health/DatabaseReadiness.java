package org.firstmile.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.firstmile.platform.persistence.FirstMileDataSource;

/** Ready when the database answers and the schema has been migrated. Served at {@code /health/ready}. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = FirstMileDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        // version is text ("9" sorts after "11"): the latest is the last one installed.
                        "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL "
                                + "ORDER BY installed_rank DESC LIMIT 1")) {
            String version = result.next() ? result.getString(1) : "none";
            return HealthCheckResponse.named("database").up().withData("schemaVersion", version).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
        }
    }
}
