package org.firstmile.partner.service;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.firstmile.partner.model.Narrative;
import org.firstmile.partner.model.PartnerUpdate;

/** The narrative of an update as the partner types it, one field per NLCF heading. */
public class NarrativeForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TOO_LONG = "Each section must be 20,000 characters or fewer.";

    @Size(max = Narrative.SECTION_MAX, message = TOO_LONG)
    private String story;

    @Size(max = Narrative.SECTION_MAX, message = TOO_LONG)
    private String community;

    @Size(max = Narrative.SECTION_MAX, message = TOO_LONG)
    private String differenceMade;

    @Size(max = Narrative.SECTION_MAX, message = TOO_LONG)
    private String learning;

    @Size(max = Narrative.SECTION_MAX, message = TOO_LONG)
    private String changesAndPlans;

    /** Figures for the grant's outcome indicators, by indicator id; an empty field means no figure. */
    private Map<Long, BigDecimal> figures = new HashMap<>();

    public static NarrativeForm of(PartnerUpdate update) {
        NarrativeForm form = of(update.getNarrative());
        update.getFigures().forEach(figure -> form.figures.put(figure.getIndicator().getId(), figure.getValue()));
        return form;
    }

    public static NarrativeForm of(Narrative narrative) {
        NarrativeForm form = new NarrativeForm();
        form.story = narrative.getStory();
        form.community = narrative.getCommunity();
        form.differenceMade = narrative.getDifferenceMade();
        form.learning = narrative.getLearning();
        form.changesAndPlans = narrative.getChangesAndPlans();
        return form;
    }

    Narrative toNarrative() {
        return new Narrative(story, community, differenceMade, learning, changesAndPlans);
    }

    public Map<Long, BigDecimal> getFigures() {
        return figures;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }

    public String getDifferenceMade() {
        return differenceMade;
    }

    public void setDifferenceMade(String differenceMade) {
        this.differenceMade = differenceMade;
    }

    public String getLearning() {
        return learning;
    }

    public void setLearning(String learning) {
        this.learning = learning;
    }

    public String getChangesAndPlans() {
        return changesAndPlans;
    }

    public void setChangesAndPlans(String changesAndPlans) {
        this.changesAndPlans = changesAndPlans;
    }
}
