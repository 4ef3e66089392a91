package org.firstmile.report.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One rendered file of a report version: where it lies under the reports folder, its size and SHA-256. Never changes. */
@Entity
@Table(name = "progress_report_file")
public class ReportFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private ProgressReport report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportFormat format;

    @Column(name = "relative_path", nullable = false, length = 500)
    private String relativePath;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    protected ReportFile() {
    }

    ReportFile(ProgressReport report, ReportFormat format, String relativePath, long sizeBytes, String sha256) {
        this.report = report;
        this.format = format;
        this.relativePath = relativePath;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public ReportFormat getFormat() {
        return format;
    }

    public String getRelativePath() {
        return relativePath;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    /** The file name a download is offered under, such as {@code 360G-TRP-1-year-one-v2.pdf}. */
    public String downloadName() {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }
}
