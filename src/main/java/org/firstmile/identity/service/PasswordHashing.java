package org.firstmile.identity.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords the way the identity store checks them: PBKDF2 with HMAC-SHA256 and 600,000 iterations (the
 * OWASP 2023 figure; the API's default of 2,048 is far too weak). The stored hash names its own parameters.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int ITERATIONS = 600_000;
    static final String ITERATIONS_PARAMETER = "Pbkdf2PasswordHash.Iterations=600000";
    static final String ALGORITHM_PARAMETER = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    static final String SALT_PARAMETER = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_PARAMETER = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean matches(char[] password, String hashed) {
        return hash.verify(password, hashed);
    }
}
