package org.firstmile.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstmile.partner.model.EvidenceTypes;
import org.firstmile.partner.model.StoredFile;
import org.firstmile.platform.error.BusinessException;

/**
 * Keeps evidence files outside the web root ({@code firstmile.evidence.dir}, default {@code ./data/evidence}) under
 * a random key, never under the name they came with. A file is accepted only when its content is an accepted type
 * and it is within {@code firstmile.evidence.max-bytes} (10 MB by default); its SHA-256 is kept and checked again
 * whenever it is read.
 */
@ApplicationScoped
public class EvidenceStore {

    private static final int HEAD_BYTES = 16;

    @Inject
    @ConfigProperty(name = "firstmile.evidence.dir", defaultValue = "data/evidence")
    String directory;

    @Inject
    @ConfigProperty(name = "firstmile.evidence.max-bytes", defaultValue = "10485760")
    long maxBytes;

    public StoredFile store(String fileName, InputStream content) {
        if (!EvidenceTypes.isSafeFileName(fileName)) {
            throw new BusinessException("The file name cannot contain slashes or control characters, or start "
                    + "with a dot. Rename the file and upload it again.");
        }
        Path folder = folder();
        Path temporary = folder.resolve("upload-" + UUID.randomUUID() + ".part");
        try {
            MessageDigest sha256 = sha256();
            long size = copyWithin(new DigestInputStream(content, sha256), temporary);
            if (size == 0) {
                throw new BusinessException("The file is empty. Choose the file again.");
            }
            String type = EvidenceTypes.detect(head(temporary), zipEntries(temporary), openDocumentType(temporary))
                    .orElseThrow(() -> new BusinessException("\u201c" + fileName + "\u201d is not a file type that "
                            + "FirstMile accepts as evidence. Upload " + EvidenceTypes.ACCEPTED + "."));
            String key = UUID.randomUUID().toString();
            Files.move(temporary, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(fileName, type, size, HexFormat.of().formatHex(sha256.digest()), key);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store evidence file", e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the temporary file is in the evidence folder and is harmless if left
            }
        }
    }

    /** The file's bytes, after checking that they still have the SHA-256 recorded when they were stored. */
    public byte[] read(StoredFile file) {
        try {
            byte[] bytes = Files.readAllBytes(folder().resolve(file.storageKey()));
            String actual = HexFormat.of().formatHex(sha256().digest(bytes));
            if (!actual.equals(file.sha256())) {
                throw new IllegalStateException("Evidence file " + file.storageKey() + " does not match its SHA-256");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read evidence file " + file.storageKey(), e);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    private long copyWithin(InputStream in, Path target) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (in; OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw new BusinessException("The file is larger than " + (maxBytes / (1024 * 1024)) + " MB. "
                            + "Make it smaller, or split it, and upload it again.");
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private static Set<String> zipEntries(Path file) {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.stream().limit(10_000).forEach(entry -> names.add(entry.getName()));
        } catch (IOException notAZip) {
            return Set.of();
        }
        return names;
    }

    private static String openDocumentType(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype == null || mimetype.getSize() > 200) {
                return null;
            }
            try (InputStream in = zip.getInputStream(mimetype)) {
                return new String(in.readNBytes(200), StandardCharsets.US_ASCII);
            }
        } catch (IOException notAZip) {
            return null;
        }
    }

    private Path folder() {
        try {
            return Files.createDirectories(Path.of(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the evidence folder " + directory, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
