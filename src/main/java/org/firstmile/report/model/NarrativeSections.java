package org.firstmile.report.model;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firstmile.partner.model.Narrative;

/** A narrative as headed sections, in the order of the National Lottery Community Fund's report form. */
public record NarrativeSections(List<Section> sections) implements Serializable {

    public static final String STORY = "The story of the period";
    public static final String COMMUNITY = "Community involvement";
    public static final String DIFFERENCE = "The difference made, in numbers and stories";
    public static final String LEARNING = "What we learned";
    public static final String CHANGES = "Changes and plans";

    public static NarrativeSections of(Narrative narrative) {
        return new NarrativeSections(List.of(new Section(STORY, narrative.getStory()),
                new Section(COMMUNITY, narrative.getCommunity()),
                new Section(DIFFERENCE, narrative.getDifferenceMade()),
                new Section(LEARNING, narrative.getLearning()),
                new Section(CHANGES, narrative.getChangesAndPlans())));
    }

    public boolean isEmpty() {
        return sections.stream().allMatch(section -> section.text() == null);
    }

    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        sections.forEach(section -> map.put(section.heading(), section.text()));
        return map;
    }

    /** One heading and its text (null when staff left it empty). */
    public record Section(String heading, String text) implements Serializable {
    }
}
