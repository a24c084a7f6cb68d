package org.aigc.vertical.compliance.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds base64 and percent-encoded segments that decode to readable UTF-8 text (an evasion: the instruction is
 * hidden from the term lists but the model can still read it). Words that merely consist of base64 letters decode to binary noise and are
 * ignored.
 */
public final class EncodedSegments {

    /** Shortest segment worth decoding: 16 characters carry 12 bytes. */
    static final int MIN_LENGTH = 16;
    /** Four or more percent-encoded bytes in a row ("%E5%BF%BD%E7%95%A5" hides "忽略"). */
    private static final Pattern PERCENT = Pattern.compile("(?:%[0-9A-Fa-f]{2}){4,}(?:[^\\s%]*(?:%[0-9A-Fa-f]{2})+)*");
    private static final Pattern BASE64 = Pattern.compile(
            "(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{" + MIN_LENGTH + ",}={0,2}(?![A-Za-z0-9+/=_-])");

    private EncodedSegments() {
    }

    /** A decoded segment and where its encoded form sits in the scanned text. */
    public record Decoded(int start, int end, String text) {
    }

    public static List<Decoded> find(String text) {
        List<Decoded> found = new ArrayList<>();
        Matcher m = BASE64.matcher(text);
        while (m.find()) {
            decode(m.group()).ifPresent(d -> found.add(new Decoded(m.start(), m.end(), d)));
        }
        Matcher p = PERCENT.matcher(text);
        while (p.find()) {
            percentDecode(p.group()).ifPresent(d -> found.add(new Decoded(p.start(), p.end(), d)));
        }
        return found;
    }

    static java.util.Optional<String> percentDecode(String segment) {
        try {
            String decoded = java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            return decoded.indexOf('\uFFFD') < 0 && readable(decoded) ? java.util.Optional.of(decoded)
                    : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    static java.util.Optional<String> decode(String segment) {
        String s = segment.replace('-', '+').replace('_', '/');
        String unpadded = s.replaceAll("=+$", "");
        if (unpadded.length() % 4 == 1) {
            return java.util.Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(unpadded + "=".repeat((4 - unpadded.length() % 4) % 4));
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return readable(decoded) ? java.util.Optional.of(decoded) : java.util.Optional.empty();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    /** Mostly letters, digits, punctuation and spaces, no control characters. */
    private static boolean readable(String s) {
        if (s.codePointCount(0, s.length()) < 4) {
            return false;
        }
        long printable = s.codePoints().filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\t')
                .filter(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c) || isPunctuation(c)).count();
        boolean hasControl = s.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'
                && c != '\r');
        return !hasControl && printable * 10 >= s.codePoints().count() * 9;
    }

    private static boolean isPunctuation(int c) {
        int type = Character.getType(c);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
