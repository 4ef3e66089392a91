package org.firstmile.funder.service;

/** What a partner said in an accepted update, as a funder reads it. */
public record Highlight(String programmeName, String partnerName, String periodName, String story,
        String differenceMade) {
}
