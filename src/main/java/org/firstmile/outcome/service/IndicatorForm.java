package org.firstmile.outcome.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.firstmile.outcome.model.OutcomeIndicator;

/** An indicator as typed: name, unit, description and a target for each reporting period. */
public class IndicatorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    private int version;

    @NotBlank(message = "Enter a name for the indicator, for example People brought together.")
    @Size(max = OutcomeIndicator.NAME_MAX, message = "The name must be " + OutcomeIndicator.NAME_MAX
            + " characters or fewer.")
    private String name;

    @NotBlank(message = "Enter the unit the indicator is counted in, for example people.")
    @Size(max = OutcomeIndicator.UNIT_MAX, message = "The unit must be " + OutcomeIndicator.UNIT_MAX
            + " characters or fewer.")
    private String unit;

    @Size(max = OutcomeIndicator.TEXT_MAX, message = "The description must be " + OutcomeIndicator.TEXT_MAX
            + " characters or fewer.")
    private String description;

    @Valid
    private List<TargetEntry> targets = new ArrayList<>();

    /** The partner programme the indicator measures; null for the whole grant. */
    private Long programmeId;

    /** A blank form with an empty target for each period of the grant. */
    public static IndicatorForm forPeriods(List<PeriodRef> periods) {
        IndicatorForm form = new IndicatorForm();
        periods.forEach(period -> form.targets.add(new TargetEntry(period.id(), period.name(), null)));
        return form;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<TargetEntry> getTargets() {
        return targets;
    }

    public void setTargets(List<TargetEntry> targets) {
        this.targets = targets;
    }
}
