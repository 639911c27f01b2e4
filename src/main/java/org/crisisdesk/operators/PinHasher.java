package org.crisisdesk.operators;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 PIN hashes, stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}
 * (Base64). The iteration count travels with the hash, so raising it later still verifies old
 * hashes and {@link #needsRehash} tells when to upgrade one.
 */
public final class PinHasher {
    /** OWASP's 2023 minimum for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final int WARM_UP_ITERATIONS = 150_000;

    private final int iterations;
    private final SecureRandom random;

    public PinHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** Tests pass a small count so that they stay fast; production uses the default. */
    public PinHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations < 1");
        }
        this.iterations = iterations;
        this.random = new SecureRandom();
    }

    public int iterations() {
        return iterations;
    }

    public String hash(char[] pin) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(pin, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Constant-time comparison of the derived hash; a malformed stored value never matches. */
    public boolean verify(char[] pin, String stored) {
        if (stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int n = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(pin, salt, n));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Whether a stored hash uses fewer iterations than this hasher would. */
    public boolean needsRehash(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        try {
            return parts.length != 4 || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * Derives one throw-away key with a fraction of the rounds. The JIT compiles the HMAC loop only
     * after tens of thousands of rounds, so on a fresh JVM the first sign-in takes two to three times
     * as long as later ones; the desk calls this in the background once its first screen is up.
     */
    public static void warmUp() {
        derive("000000".toCharArray(), new byte[SALT_BYTES], WARM_UP_ITERATIONS);
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }
}
