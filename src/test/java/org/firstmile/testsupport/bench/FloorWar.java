package org.firstmile.testsupport.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles and packages the floor application ({@code scripts/bench/floor}) into {@code target/bench/floor.war}. */
final class FloorWar {

    private static final Path SOURCE = Path.of("scripts", "bench", "floor");

    private FloorWar() {
    }

    static Path build(Path workDirectory) throws IOException {
        Path classes = workDirectory.resolve("floor-classes");
        deleteTree(classes);
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "--release", "17", "-proc:none"));
        try (Stream<Path> sources = Files.walk(SOURCE.resolve("src"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> arguments.add(p.toString()));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("The floor application did not compile");
        }
        Path war = workDirectory.resolve("floor.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            addTree(zip, SOURCE.resolve("webapp"), "");
            addTree(zip, classes, "WEB-INF/classes/");
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path jar = Path.of(entry);
                String name = jar.getFileName().toString();
                if (name.startsWith("primefaces-") || name.startsWith("postgresql-")) {
                    add(zip, jar, "WEB-INF/lib/" + jar.getFileName());
                }
            }
        }
        return war;
    }

    private static void addTree(ZipOutputStream zip, Path root, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                add(zip, file, prefix + root.relativize(file).toString().replace(File.separatorChar, '/'));
            }
        }
    }

    private static void add(ZipOutputStream zip, Path file, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        try (OutputStream out = new NonClosing(zip)) {
            Files.copy(file, out);
        }
        zip.closeEntry();
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
