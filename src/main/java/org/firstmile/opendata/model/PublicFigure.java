package org.firstmile.opendata.model;

import java.math.BigDecimal;

/** An outcome indicator of a public grant: what it counts, the target and the actual so far (the periods begun). */
public record PublicFigure(String name, String unit, BigDecimal target, BigDecimal actual) {
}
