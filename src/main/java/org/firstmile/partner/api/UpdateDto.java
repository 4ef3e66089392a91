package org.firstmile.partner.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.firstmile.partner.model.Narrative;
import org.firstmile.partner.model.PartnerUpdate;
import org.firstmile.partner.model.PartnerUpdateStatus;

/**
 * One revision of a partner update: its narrative under the NLCF headings, the figures reported, the evidence
 * files, the staff's feedback when it was returned, and the {@code version} to send back with the next edit.
 */
public record UpdateDto(long id, int revision, int version, PartnerUpdateStatus status, String story,
        String community, String differenceMade, String learning, String changesAndPlans, String feedback,
        Instant submittedAt, List<Figure> figures, List<Evidence> evidence) {

    /** A figure reported for an outcome indicator. */
    public record Figure(long indicatorId, String indicator, String unit, BigDecimal value) {
    }

    /** An evidence file; download it at {@code /evidence/download?id=} in a signed-in browser. */
    public record Evidence(long id, String fileName, String contentType, long sizeBytes) {
    }

    static UpdateDto of(PartnerUpdate update) {
        Narrative text = update.getNarrative();
        return new UpdateDto(update.getId(), update.getRevision(), update.getVersion(), update.getStatus(),
                text.getStory(), text.getCommunity(), text.getDifferenceMade(), text.getLearning(),
                text.getChangesAndPlans(), update.getFeedback(), update.getSubmittedAt(),
                update.getFigures().stream().map(figure -> new Figure(figure.getIndicator().getId(),
                        figure.getIndicator().getName(), figure.getIndicator().getUnit(), figure.getValue())).toList(),
                update.getEvidence().stream().map(file -> new Evidence(file.getId(), file.getFileName(),
                        file.getContentType(), file.getSizeBytes())).toList());
    }
}
