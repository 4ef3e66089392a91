package org.firstmile.partner.api;

import java.math.BigDecimal;
import java.util.List;
import org.firstmile.partner.service.NarrativeForm;

/**
 * What a partner sends to save or submit an update: the narrative, the figures, and the {@code version} of the
 * draft they edited (leave it out for the first draft). Becomes the same form the page fills in.
 */
public record UpdateInput(Integer version, String story, String community, String differenceMade, String learning,
        String changesAndPlans, List<FigureInput> figures) {

    /** A figure for an outcome indicator; a null value removes it. */
    public record FigureInput(long indicatorId, BigDecimal value) {
    }

    NarrativeForm toForm() {
        NarrativeForm form = new NarrativeForm();
        form.setStory(story);
        form.setCommunity(community);
        form.setDifferenceMade(differenceMade);
        form.setLearning(learning);
        form.setChangesAndPlans(changesAndPlans);
        if (figures != null) {
            figures.forEach(figure -> form.getFigures().put(figure.indicatorId(), figure.value()));
        }
        return form;
    }
}
