package org.firstmile.partner.model;

/** A file as stored: the name it was uploaded with, its checked type, size, SHA-256 and where it lies. */
public record StoredFile(String fileName, String contentType, long sizeBytes, String sha256, String storageKey) {
}
