package org.firstmile.identity.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.PasswordHash;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstmile.identity.model.VerifiedPasswords;

/**
 * The identity store's password check: the container's PBKDF2, with matches remembered for a short time
 * ({@code firstmile.security.remember-password-match-seconds}, default 300; 0 turns it off) so that API calls with
 * HTTP Basic do not each cost a full PBKDF2 run. See {@link VerifiedPasswords} for what is and is not remembered.
 */
@ApplicationScoped
public class RememberingPasswordHash implements PasswordHash {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "firstmile.security.remember-password-match-seconds", defaultValue = "300")
    long rememberSeconds;

    private VerifiedPasswords verified;

    @PostConstruct
    void remember() {
        verified = new VerifiedPasswords(Duration.ofSeconds(Math.max(0, rememberSeconds)), 10_000, System::nanoTime);
    }

    @Override
    public void initialize(Map<String, String> parameters) {
        pbkdf2.initialize(parameters);
    }

    @Override
    public String generate(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
        if (verified.recentlyMatched(password, hashedPassword)) {
            return true;
        }
        boolean matches = pbkdf2.verify(password, hashedPassword);
        if (matches) {
            verified.matched(password, hashedPassword);
        }
        return matches;
    }
}
