package org.firstmile.platform.batch;

/** A slot that a schedule says is due and that had no run when the round looked: {@code draft}, {@code draft:7:12}. */
public record DueSlot(String job, String slot) {
}
