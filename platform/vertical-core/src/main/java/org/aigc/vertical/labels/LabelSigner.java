package org.aigc.vertical.labels;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes and verifies {@code ReservedCode1}: base64 of HMAC-SHA256 over {@code content NUL requestId NUL tenantId}
 * (UTF-8). The NUL separators keep "ab"+"c" and "a"+"bc" apart. The content is the text exactly as published, explicit
 * label included.
 */
public final class LabelSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public LabelSigner(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the label HMAC key (aigc.labels.hmac-key) must not be empty");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String sign(String content, String requestId, String tenantId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            String message = (content == null ? "" : content) + '\0' + requestId + '\0' + tenantId;
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Constant-time comparison, so a verifier leaks nothing about how much of a forged code was right. */
    public boolean verify(String content, String requestId, String tenantId, String reservedCode1) {
        if (reservedCode1 == null) {
            return false;
        }
        byte[] expected = sign(content, requestId, tenantId).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, reservedCode1.getBytes(StandardCharsets.UTF_8));
    }
}
