package org.aigc.vertical.compliance.detect;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/** The check-digit algorithms of the identifiers the detectors look for. */
public final class Checksums {

    /** IBAN length per country (SWIFT IBAN registry), for the countries a tenant is likely to meet. */
    static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(Map.entry("AD", 24), Map.entry("AE", 23),
            Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
            Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GI", 23), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22),
            Map.entry("IL", 23), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30),
            Map.entry("KZ", 20), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24),
            Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22),
            Map.entry("SA", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22));

    private static final int[] PRC_ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String PRC_ID_CHECK = "10X98765432";

    private Checksums() {
    }

    public static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }

    /** ISO 13616: known country, that country's length, and mod-97 of the rearranged number equal to 1. */
    public static boolean iban(String candidate) {
        String iban = candidate.replaceAll("[\\s-]", "").toUpperCase();
        Integer length = iban.length() < 4 ? null : IBAN_LENGTHS.get(iban.substring(0, 2));
        if (length == null || iban.length() != length || !iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]+")) {
            return false;
        }
        StringBuilder numeric = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** GB 11643-1999: a real birth date and the ISO 7064 MOD 11-2 check character. */
    public static boolean prcResidentId(String candidate) {
        String id = candidate.toUpperCase();
        if (!id.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (birth.isAfter(LocalDate.now()) || birth.getYear() < 1900) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * PRC_ID_WEIGHTS[i];
        }
        return PRC_ID_CHECK.charAt(sum % 11) == id.charAt(17);
    }
}
