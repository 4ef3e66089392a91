package org.firstmile.report.service;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.firstmile.partner.model.Narrative;

/** The staff's narrative of a period's report as edited on the report page, with the version it was read at. */
public class NarrativeForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TOO_LONG = "Keep each section to 20,000 characters or fewer.";

    private Integer version;
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

    static NarrativeForm of(Narrative narrative, Integer version) {
        NarrativeForm form = new NarrativeForm();
        form.version = version;
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

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
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
