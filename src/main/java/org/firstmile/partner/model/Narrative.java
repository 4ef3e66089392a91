package org.firstmile.partner.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The narrative of an update, under the National Lottery Community Fund's reporting headings. */
@Embeddable
public class Narrative {

    public static final int SECTION_MAX = 20_000;

    @Column(name = "story")
    private String story;

    @Column(name = "community")
    private String community;

    @Column(name = "difference_made")
    private String differenceMade;

    @Column(name = "learning")
    private String learning;

    @Column(name = "changes_and_plans")
    private String changesAndPlans;

    protected Narrative() {
    }

    public Narrative(String story, String community, String differenceMade, String learning, String changesAndPlans) {
        this.story = blankToNull(story);
        this.community = blankToNull(community);
        this.differenceMade = blankToNull(differenceMade);
        this.learning = blankToNull(learning);
        this.changesAndPlans = blankToNull(changesAndPlans);
    }

    public static Narrative empty() {
        return new Narrative(null, null, null, null, null);
    }

    Narrative copy() {
        return new Narrative(story, community, differenceMade, learning, changesAndPlans);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getStory() {
        return story;
    }

    public String getCommunity() {
        return community;
    }

    public String getDifferenceMade() {
        return differenceMade;
    }

    public String getLearning() {
        return learning;
    }

    public String getChangesAndPlans() {
        return changesAndPlans;
    }
}
