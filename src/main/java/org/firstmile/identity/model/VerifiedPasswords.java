package org.firstmile.identity.model;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short time, that a password matched a stored PBKDF2 hash, so that a program calling the API with
 * HTTP Basic does not pay 600,000 iterations on every call.
 * <ul>
 * <li>Only matches are remembered: every wrong password still costs the full check (and counts towards the sign-in
 * limit).</li>
 * <li>The key is an HMAC, under a random key that lives only in this process's memory, of the stored hash and the
 * password; no password is kept. A changed password has a new stored hash, so the old match is never found
 * again.</li>
 * <li>Whether the account is enabled, and its roles, are not remembered here: the identity store reads them on
 * every call.</li>
 * <li>At most {@code capacity} matches are held; when full, expired ones are dropped, and if none has expired, all
 * are (the next calls then pay the full check once).</li>
 * </ul>
 */
public final class VerifiedPasswords {

    private final Duration remembered;
    private final int capacity;
    private final LongSupplier nanoClock;
    private final SecretKeySpec key;
    private final Map<String, Long> expiries = new ConcurrentHashMap<>();

    public VerifiedPasswords(Duration remembered, int capacity, LongSupplier nanoClock) {
        if (remembered.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("Remember matches for zero or more seconds, in room for one or more");
        }
        this.remembered = remembered;
        this.capacity = capacity;
        this.nanoClock = nanoClock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** True if this password was found to match this stored hash within the remembered time. */
    public boolean recentlyMatched(char[] password, String storedHash) {
        if (remembered.isZero()) {
            return false;
        }
        String id = idOf(password, storedHash);
        Long expiry = expiries.get(id);
        if (expiry == null) {
            return false;
        }
        if (nanoClock.getAsLong() - expiry >= 0) {
            expiries.remove(id, expiry);
            return false;
        }
        return true;
    }

    /** Remembers that this password matched this stored hash. */
    public void matched(char[] password, String storedHash) {
        if (remembered.isZero()) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (expiries.size() >= capacity) {
            expiries.values().removeIf(expiry -> now - expiry >= 0);
            if (expiries.size() >= capacity) {
                expiries.clear();
            }
        }
        expiries.put(idOf(password, storedHash), now + remembered.toNanos());
    }

    /** How many matches are held (expired ones included until they are dropped). */
    public int size() {
        return expiries.size();
    }

    private String idOf(char[] password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
