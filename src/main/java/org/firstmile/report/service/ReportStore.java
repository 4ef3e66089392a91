package org.firstmile.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps generated report files under {@code firstmile.reports.dir} (default {@code reports/generated}), one folder
 * per grant, period and version: {@code <grant-id>/<period-id>/v<N>/}. A version is written into a hidden staging
 * folder and moved into place in one atomic rename, so a version folder is either complete or absent; an existing
 * version folder is never written to.
 */
@ApplicationScoped
public class ReportStore {

    private static final Pattern VERSION_FOLDER = Pattern.compile("v(\\d+)");
    private static final String STAGING_PREFIX = ".staging-";

    @Inject
    @ConfigProperty(name = "firstmile.reports.dir", defaultValue = "reports/generated")
    String directory;

    public Path root() {
        return Path.of(directory).toAbsolutePath();
    }

    /** The folder a version's files go to, relative to the root. */
    public static String versionFolder(long grantId, long periodId, int version) {
        return grantId + "/" + periodId + "/v" + version;
    }

    /** A new, empty staging folder for one version of a grant's period report. */
    public Path stage(long grantId, long periodId, int version) {
        try {
            Path period = Files.createDirectories(root().resolve(grantId + "/" + periodId));
            return Files.createDirectory(period.resolve(STAGING_PREFIX + "v" + version + "-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder under the reports folder " + root(), e);
        }
    }

    /** Moves a finished staging folder into place as the version folder, atomically; refuses if it exists. */
    public Path moveIntoPlace(Path staging, String versionFolder) {
        Path target = root().resolve(versionFolder);
        try {
            return Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the report files into " + target, e);
        }
    }

    /**
     * Removes what a generation cut short left in a period's folder: staging folders, and version folders from
     * {@code firstVersionWithoutRecord} on (their database row was never committed). Call only while holding the
     * period's generation lock.
     */
    public void clearLeftovers(long grantId, long periodId, int firstVersionWithoutRecord) {
        Path period = root().resolve(grantId + "/" + periodId);
        if (!Files.isDirectory(period)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(period)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Matcher version = VERSION_FOLDER.matcher(name);
                if (name.startsWith(STAGING_PREFIX)
                        || version.matches() && Integer.parseInt(version.group(1)) >= firstVersionWithoutRecord) {
                    delete(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tidy the reports folder " + period, e);
        }
    }

    /** Deletes a folder and what it holds; used for staging folders and uncommitted versions only. */
    public void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }

    /** The file at a path relative to the root, if its SHA-256 is still the one given; empty if it changed. */
    public java.util.Optional<Path> verified(String relativePath, String sha256) {
        Path file = root().resolve(relativePath).normalize();
        if (!file.startsWith(root()) || !Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        return sha256(file).equals(sha256) ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
