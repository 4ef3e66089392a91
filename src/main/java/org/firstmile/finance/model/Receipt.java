package org.firstmile.finance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A receipt file as stored outside the web root: its name, checked type, size, SHA-256 and storage key. */
@Embeddable
public class Receipt {

    @Column(name = "receipt_file_name", length = 255)
    private String fileName;

    @Column(name = "receipt_content_type", length = 100)
    private String contentType;

    @Column(name = "receipt_size_bytes")
    private Long sizeBytes;

    @Column(name = "receipt_sha256", length = 64)
    private String sha256;

    @Column(name = "receipt_storage_key", length = 100)
    private String storageKey;

    protected Receipt() {
    }

    public Receipt(String fileName, String contentType, long sizeBytes, String sha256, String storageKey) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes == null ? 0 : sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }
}
