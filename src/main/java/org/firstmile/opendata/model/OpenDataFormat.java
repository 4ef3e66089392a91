package org.firstmile.opendata.model;

/** The two forms of the 360Giving export, with the file name and media type each is sent with. */
public enum OpenDataFormat {
    JSON("360giving.json", "application/json"),
    CSV("360giving.csv", "text/csv");

    private final String fileName;
    private final String mediaType;

    OpenDataFormat(String fileName, String mediaType) {
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    /** The format a file name asks for, such as {@code 360giving.csv}; null for any other name. */
    public static OpenDataFormat ofFileName(String name) {
        for (OpenDataFormat format : values()) {
            if (format.fileName.equals(name)) {
                return format;
            }
        }
        return null;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }
}
