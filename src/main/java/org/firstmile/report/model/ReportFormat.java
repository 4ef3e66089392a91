package org.firstmile.report.model;

/** The files a progress report is rendered as. */
public enum ReportFormat {
    PDF("application/pdf", "pdf"),
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format named in a download link ("pdf", "CSV"); empty for anything else. */
    public static java.util.Optional<ReportFormat> parse(String name) {
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(String.valueOf(name))) {
                return java.util.Optional.of(format);
            }
        }
        return java.util.Optional.empty();
    }
}
