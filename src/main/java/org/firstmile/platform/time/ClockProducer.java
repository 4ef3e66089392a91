package org.firstmile.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one clock: every deadline, overdue check and timestamp reads it, so all of them can be tested. */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "firstmile.time-zone", defaultValue = "Europe/London")
    String timeZone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of(timeZone));
    }
}
