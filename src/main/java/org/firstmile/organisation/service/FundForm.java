package org.firstmile.organisation.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.firstmile.organisation.model.Fund;

/** A fund as an administrator types it. */
public class FundForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    private int version;

    @NotNull(message = "Choose the funder that runs the fund.")
    private Long funderId;

    @NotBlank(message = "Enter a short code for the fund, for example BPTF.")
    @Size(max = Fund.CODE_MAX, message = "The code must be " + Fund.CODE_MAX + " characters or fewer.")
    private String code;

    @NotBlank(message = "Enter the fund's title.")
    @Size(max = Fund.TITLE_MAX, message = "The title must be " + Fund.TITLE_MAX + " characters or fewer.")
    private String title;

    @Size(max = 500, message = "The web address must be 500 characters or fewer.")
    @Pattern(regexp = "^$|https?://\\S+", message = "Enter the web address starting with https:// or http://.")
    private String url;

    public static FundForm of(FundRow fund) {
        FundForm form = new FundForm();
        form.id = fund.id();
        form.version = fund.version();
        form.funderId = fund.funderId();
        form.code = fund.code();
        form.title = fund.title();
        form.url = fund.url();
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Long getFunderId() {
        return funderId;
    }

    public void setFunderId(Long funderId) {
        this.funderId = funderId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url == null ? null : url.strip();
    }
}
