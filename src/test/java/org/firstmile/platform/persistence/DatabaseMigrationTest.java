package org.firstmile.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationTest {

    @Test
    void theScriptsOnADirectoryClassPathAreEveryMigrationOfTheProject() throws IOException {
        try (Stream<Path> sources = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            var expected = sources.map(file -> file.getFileName().toString()).toList();

            assertThat(DatabaseMigration.scripts(getClass().getClassLoader()))
                    .hasValueSatisfying(scripts -> assertThat(scripts).containsExactlyInAnyOrderElementsOf(expected)
                            .contains("V1__foundation.sql"));
        }
    }

    @Test
    void scriptsInsideAJarCannotBeListedSoFlywayDecides(@TempDir Path folder) throws IOException {
        Path jar = folder.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/migration/"));
            out.putNextEntry(new JarEntry("db/migration/V1__foundation.sql"));
            out.write("SELECT 1;".getBytes());
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(DatabaseMigration.scripts(loader)).isEmpty();
        }
    }

    @Test
    void noScriptsFolderMeansFlywayDecides(@TempDir Path folder) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
            assertThat(DatabaseMigration.scripts(loader)).isEmpty();
        }
    }
}
