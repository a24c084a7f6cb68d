package org.aigc.finance.compliance;

import java.math.BigInteger;
import java.util.Map;

/**
 * Check-digit tests that tell a real account number from any long number: Luhn for payment cards (PCI DSS), ISO 7064
 * MOD 97-10 with the country length for IBANs (ISO 13616), MOD 11-2 for PRC resident ids (GB 11643). A number that
 * fails its check is left alone: order numbers and phone numbers are not masked.
 */
public final class AccountNumbers {

    /** Public test IBAN from the ISO examples; an educational example, not a leak (catalogue FN-09). */
    public static final String EXAMPLE_IBAN = "GB82WEST12345698765432";

    static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(Map.entry("AT", 20), Map.entry("BE", 16),
            Map.entry("CH", 21), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("ES", 24),
            Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GR", 27), Map.entry("IE", 22),
            Map.entry("IT", 27), Map.entry("LU", 20), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28),
            Map.entry("PT", 25), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("HU", 28),
            Map.entry("RO", 24), Map.entry("BG", 22), Map.entry("HR", 21), Map.entry("LT", 20), Map.entry("LV", 21),
            Map.entry("EE", 20), Map.entry("CY", 28), Map.entry("MT", 31), Map.entry("IS", 26), Map.entry("LI", 21),
            Map.entry("MC", 27), Map.entry("SM", 27), Map.entry("AE", 23), Map.entry("SA", 24), Map.entry("TR", 26));
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private AccountNumbers() {
    }

    public static boolean luhn(String digits) {
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /** {@code compact}: upper case, no spaces. */
    public static boolean iban(String compact) {
        Integer length = compact.length() < 4 ? null : IBAN_LENGTHS.get(compact.substring(0, 2));
        if (length == null || compact.length() != length) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    public static boolean prcResidentId(String id) {
        if (!id.matches("\\d{17}[\\dXx]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == ID_CHECK.charAt(sum % 11);
    }

    /** The text up to its last {@code keep} letters or digits: what a mask replaces so that only those stay. */
    static String allButLast(String text, int keep) {
        int seen = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isLetterOrDigit(text.charAt(i)) && ++seen == keep) {
                return text.substring(0, i);
            }
        }
        return "";
    }
}
