package org.firstmile.organisation.service;

/** An entry of a drop-down list: the id to submit and the words to show. */
public record Choice(Long id, String label) {
}
