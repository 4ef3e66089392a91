package org.firstmile.finance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.firstmile.audit.model.Auditable;
import org.firstmile.grant.model.Grant;
import org.firstmile.platform.error.BusinessException;

/**
 * A payment (tranche) received from the funder. Funders often pay before the work starts and settle after it ends,
 * so a payment may fall on any day from the award date to the last report's due date.
 */
@Entity
@Table(name = "funder_payment")
public class Payment implements Auditable {

    public static final int REFERENCE_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grant_id", nullable = false)
    private Grant grant;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = REFERENCE_MAX)
    private String reference;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Payment() {
    }

    public static Payment receive(Grant grant, LocalDate receivedOn, BigDecimal amount, String reference, String by,
            Instant at, LocalDate today) {
        Money.chosen(receivedOn, "date the payment was received");
        LocalDate last = grant.getPeriods().isEmpty() ? grant.getPlannedEnd()
                : grant.getPeriods().get(grant.getPeriods().size() - 1).getReportDueDate();
        if (receivedOn.isBefore(grant.getAwardDate()) || receivedOn.isAfter(last)) {
            throw new BusinessException("The date " + Expenditure.DAY.format(receivedOn) + " is outside the grant. "
                    + "Enter a date from the award (" + Expenditure.DAY.format(grant.getAwardDate()) + ") to "
                    + Expenditure.DAY.format(last) + ".");
        }
        if (receivedOn.isAfter(today)) {
            throw new BusinessException("The date a payment was received cannot be in the future.");
        }
        Payment payment = new Payment();
        payment.grant = grant;
        payment.receivedOn = receivedOn;
        payment.amount = Money.positive(amount, "amount received");
        payment.reference = Money.text(reference, "payment reference", REFERENCE_MAX);
        payment.recordedBy = Objects.requireNonNull(by);
        payment.recordedAt = Objects.requireNonNull(at);
        return payment;
    }

    @Override
    public String auditType() {
        return "Payment received";
    }

    @Override
    public String auditName() {
        return reference;
    }

    @Override
    public Long auditGrantId() {
        return grant.getId();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Received on", receivedOn.toString());
        state.put("Amount", Money.plain(amount));
        state.put("Reference", reference);
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Grant getGrant() {
        return grant;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReference() {
        return reference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
