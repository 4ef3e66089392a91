package org.firstmile.finance.model;

import java.util.Arrays;
import java.util.Optional;

/** The headings a UK charity budgets under, in the order a budget lists them. */
public enum BudgetCategory {
    STAFF_COSTS("Staff costs"),
    VOLUNTEER_EXPENSES("Volunteer expenses"),
    ACTIVITIES_AND_EVENTS("Activities and events"),
    VENUE_AND_EQUIPMENT("Venue and equipment"),
    TRAVEL("Travel"),
    OVERHEADS("Overheads"),
    OTHER("Other");

    private final String label;

    BudgetCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The category with this plain-English label. */
    public static Optional<BudgetCategory> ofLabel(String label) {
        return Arrays.stream(values()).filter(category -> category.label.equals(label)).findFirst();
    }
}
