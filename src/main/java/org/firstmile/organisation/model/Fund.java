package org.firstmile.organisation.model;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.firstmile.audit.model.Auditable;

/** A funder's grant programme, such as the Bringing People Together Fund. */
@Entity
@Table(name = "fund")
public class Fund implements Auditable {

    public static final int CODE_MAX = 50;
    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "funder_id", nullable = false)
    private Organisation funder;

    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = 500)
    private String url;

    protected Fund() {
    }

    public Fund(Organisation funder, String code, String title, String url) {
        describe(funder, code, title, url);
    }

    public void describe(Organisation funder, String code, String title, String url) {
        this.funder = Objects.requireNonNull(funder);
        this.code = Objects.requireNonNull(code).strip();
        this.title = Objects.requireNonNull(title).strip();
        this.url = url == null || url.isBlank() ? null : url.strip();
    }

    @Override
    public String auditType() {
        return "Fund";
    }

    @Override
    public String auditName() {
        return title;
    }

    @Override
    public Long auditGrantId() {
        return null;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Code", code);
        state.put("Title", title);
        state.put("Web address", url);
        state.put("Funder", funder.getName());
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Organisation getFunder() {
        return funder;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }
}
