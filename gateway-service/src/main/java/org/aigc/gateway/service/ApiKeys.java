package org.aigc.gateway.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Format, generation and hashing of API keys: {@code aigc_<8-char prefix>_<43-char secret>}. The prefix is public
 * (it identifies the key in listings and finds its row); the whole key is only ever stored as its SHA-256 hash.
 */
public final class ApiKeys {

    public static final String SCHEME = "aigc";
    static final int PREFIX_LENGTH = 8;
    private static final int SECRET_BYTES = 32;
    private static final char[] PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** A new key: the plain text (shown once) and its prefix. */
    public record NewKey(String prefix, String plainText) {
    }

    public static NewKey generate() {
        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix.append(PREFIX_ALPHABET[RANDOM.nextInt(PREFIX_ALPHABET.length)]);
        }
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new NewKey(prefix.toString(), SCHEME + "_" + prefix + "_" + encoded);
    }

    /** The prefix of a well-formed key, or empty when the text cannot be one of our keys. */
    public static Optional<String> prefixOf(String key) {
        if (key == null || key.length() > 200) {
            return Optional.empty();
        }
        String[] parts = key.split("_", 3);
        if (parts.length != 3 || !SCHEME.equals(parts[0]) || parts[1].length() != PREFIX_LENGTH
                || parts[2].length() < 32) {
            return Optional.empty();
        }
        return Optional.of(parts[1]);
    }

    public static String hash(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    /** Compares two secrets in time independent of where they differ (both are hashed to equal length first). */
    public static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(sha256(expected), sha256(actual));
    }

    /** Compares a presented key with a stored hex hash in constant time. */
    public static boolean matchesHash(String key, String storedHash) {
        return MessageDigest.isEqual(sha256(key), HexFormat.of().parseHex(storedHash));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
