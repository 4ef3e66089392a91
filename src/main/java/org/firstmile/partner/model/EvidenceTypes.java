package org.firstmile.partner.model;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.Optional;
import java.util.Set;

/**
 * Which evidence files are accepted, judged by their content, never by their name: PDF, PNG, JPEG, GIF, WebP,
 * Office Open XML (Word, Excel, PowerPoint), OpenDocument, and older Office files.
 */
public final class EvidenceTypes {

    public static final String ACCEPTED = "PDF, images (PNG, JPEG, GIF, WebP) and office documents (Word, Excel, "
            + "PowerPoint, OpenDocument)";

    private EvidenceTypes() {
    }

    /**
     * The media type of a file from its first bytes and, for a ZIP container, the names of its entries and the
     * content of an OpenDocument {@code mimetype} entry; empty when the type is not accepted.
     */
    public static Optional<String> detect(byte[] head, Set<String> zipEntries, String openDocumentMimetype) {
        if (startsWith(head, "%PDF-".getBytes(US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(head, "GIF87a".getBytes(US_ASCII))
                || startsWith(head, "GIF89a".getBytes(US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (startsWith(head, "RIFF".getBytes(US_ASCII)) && head.length >= 12
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Optional.of("image/webp");
        }
        if (startsWith(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1})) {
            return Optional.of("application/x-ole-storage");
        }
        if (startsWith(head, new byte[] {'P', 'K', 0x03, 0x04})) {
            return zipContainer(zipEntries, openDocumentMimetype);
        }
        return Optional.empty();
    }

    private static Optional<String> zipContainer(Set<String> entries, String openDocumentMimetype) {
        if (openDocumentMimetype != null && openDocumentMimetype.startsWith("application/vnd.oasis.opendocument.")) {
            return Optional.of(openDocumentMimetype.strip());
        }
        if (!entries.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (entries.contains("word/document.xml")) {
            return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (entries.contains("xl/workbook.xml")) {
            return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (entries.contains("ppt/presentation.xml")) {
            return Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        }
        return Optional.empty();
    }

    /** Refuses names that try to reach elsewhere: slashes, backslashes, control characters, a leading dot. */
    public static boolean isSafeFileName(String name) {
        if (name == null || name.isBlank() || name.length() > 255 || name.startsWith(".")) {
            return false;
        }
        return name.chars().noneMatch(c -> c == '/' || c == '\\' || c < 0x20 || c == 0x7F);
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
