package org.firstmile.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstmile.identity.model.SessionLimits;

/** The configured {@link SessionLimits}: {@code firstmile.session.idle-minutes} and {@code .absolute-hours}. */
@ApplicationScoped
public class SessionSettings {

    @Inject
    @ConfigProperty(name = "firstmile.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "firstmile.session.absolute-hours", defaultValue = "12")
    int absoluteHours;

    public SessionLimits limits() {
        return SessionLimits.of(idleMinutes, absoluteHours);
    }
}
