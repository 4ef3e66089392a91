package org.firstmile.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The mail settings from MicroProfile Config ({@code firstmile.mail.*}, or FIRSTMILE_MAIL_HOST and so on). */
@ApplicationScoped
public class MailConfiguration {

    @Inject
    @ConfigProperty(name = "firstmile.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "firstmile.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "firstmile.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "firstmile.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "firstmile.mail.from", defaultValue = "firstmile@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "firstmile.mail.starttls", defaultValue = "true")
    boolean startTls;

    public MailSettings settings() {
        return new MailSettings(host.orElse(null), port, username.orElse(null), password.orElse(null), from,
                startTls);
    }
}
