package org.firstmile.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.firstmile.testsupport.server.EmbeddedDatabase;
import org.firstmile.testsupport.server.EmbeddedDatabaseSession;
import org.firstmile.testsupport.server.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backup scripts as an operator runs them, against the browser tests' database (the demo data and whatever the
 * tests added): a backup restored into a scratch database has the same checksum, table by table, as the original.
 */
@ExtendWith(SharedServer.class)
class BackupRestoreIT {

    @Test
    void aBackupRestoresToTheSameRowsInEveryTable() throws Exception {
        String url = EmbeddedDatabaseSession.jdbcUrl(EmbeddedDatabaseSession.BROWSER_DATABASE);
        assertThat(count(url, "SELECT count(*) FROM grant_award")).as("a database with data to lose").isPositive();

        Result check = run(url, "scripts/backup-check.sh");

        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains("Backup round trip OK").containsPattern("OK: [1-9][0-9]* tables");
    }

    @Test
    void theCheckNoticesARestoredDatabaseThatDiffers() throws Exception {
        String url = EmbeddedDatabaseSession.jdbcUrl(EmbeddedDatabaseSession.BROWSER_DATABASE);

        String script = Files.readString(Path.of("scripts/backup-check.sh"));
        String restoredChecksums = "checksums \"$scratch\" > ";
        assertThat(script).contains(restoredChecksums);
        Path tampered = Path.of("scripts/backup-check-tampered-by-test.sh");
        Files.writeString(tampered, script.replace(restoredChecksums, "psql -q -d \"$scratch\" -c \"UPDATE organisation "
                + "SET name = name || '!' WHERE id = (SELECT min(id) FROM organisation)\"\n" + restoredChecksums));
        Result check;
        try {
            check = run(url, "bash", tampered.toString());
        } finally {
            Files.delete(tampered);
        }

        assertThat(check.exit()).as(check.output()).isEqualTo(1);
        assertThat(check.output()).contains("FAILED").contains("public.organisation");
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String url, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("FIRSTMILE_DB_URL", url);
        builder.environment().put("FIRSTMILE_DB_USER", EmbeddedDatabase.USER);
        builder.environment().put("FIRSTMILE_DB_PASSWORD", EmbeddedDatabase.USER);
        builder.environment().put("FIRSTMILE_RESTORE_CHECK_DB", "firstmile_restore_check_it");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("The backup check did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.USER);
                ResultSet result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
