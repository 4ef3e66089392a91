package org.firstmile.platform.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZoneId;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.partner.model.Narrative;
import org.firstmile.report.model.ReportNarrative;

/**
 * The staff's narrative of the demo grant's Year one report, in the words of the seed's year-one account, so that
 * staff can generate Year one at once. No report is generated here: files are made only by generation.
 */
final class ReportDemoData {

    private ReportDemoData() {
    }

    static void load(EntityManager em, Grant grant, Clock clock) {
        ReportingPeriod yearOne = grant.getPeriods().get(0);
        ZoneId zone = clock.getZone();
        em.persist(new ReportNarrative(grant, yearOne, new Narrative(
                "From recruiting the Relationships Collective to the first learning events: this year we brought "
                        + "together the people and organisations who will shape an infrastructure for "
                        + "relationship-centred practice, and published a glossary of relational phrases.",
                "Members of the Collective chose the themes of the learning events and ran two of them themselves. "
                        + "The Roots Programme brought young people from different backgrounds together through "
                        + "cultural exchange.",
                "455 people took part in the Collective and its events, more than the 400 we aimed for; 11 of the "
                        + "12 planned learning sessions were held.",
                "Relationships are the first mile, not the extra one: small groups and shared meals did more than "
                        + "large events. Online sessions widened who could join.",
                "One learning session moved into year two. Next year we design the Relationships Academy and build "
                        + "the Pattern Library with a Samuel Centre for Social Connectedness fellow."),
                "staff", yearOne.getEndDate().plusDays(12).atTime(10, 0).atZone(zone).toInstant()));
    }
}
