package org.aigc.vertical.compliance.detect;

import static org.aigc.vertical.compliance.detect.DetectorCases.catches;
import static org.aigc.vertical.compliance.detect.DetectorCases.ignores;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierDetectorsTest {

    private final PaymentCardCheck cards = new PaymentCardCheck();
    private final IbanCheck ibans = new IbanCheck();
    private final PrcResidentIdCheck prcIds = new PrcResidentIdCheck();
    private final UsSsnCheck ssns = new UsSsnCheck();

    @Test
    void findsCardNumbersOfKnownIssuersThatPassLuhn() {
        catches(cards, "pay with 4111 1111 1111 1111 today", "4111 1111 1111 1111");
        catches(cards, "Visa 4111-1111-1111-1111.", "4111-1111-1111-1111");
        catches(cards, "mc 5500000000000004", "5500000000000004");
        catches(cards, "amex 378282246310005", "378282246310005");
        catches(cards, "银联卡号6222021234567890128请核对", "6222021234567890128");
        catches(cards, "ｆｕｌｌ－ｗｉｄｔｈ ４１１１１１１１１１１１１１１１", "4111111111111111");
    }

    @Test
    void leavesNumbersThatFailLuhnOrHaveNoIssuerAlone() {
        ignores(cards, List.of("4111 1111 1111 1112", "5500000000000005", "ISBN 9780306406157",
                "order 1234567890123456", "tel 13812345678", "id 11010519491231002X", "2024-05-01 12:00",
                "total 1,299,000.00 yuan"));
    }

    @Test
    void findsIbansWithTheCountryLengthAndAValidChecksum() {
        catches(ibans, "IBAN: DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00");
        catches(ibans, "pay GB82WEST12345698765432", "GB82WEST12345698765432");
        catches(ibans, "fr: FR1420041010050500013M02606", "FR1420041010050500013M02606");
    }

    @Test
    void leavesIbansWithABadChecksumOrLengthAlone() {
        ignores(ibans, List.of("DE89 3704 0044 0532 0130 01", "GB82WEST1234569876543", "XX89370400440532013000",
                "model AB12CDEFGHIJKLMNOP", "DE893704004405320130"));
    }

    @Test
    void findsPrcResidentIdsWithAValidCheckCharacter() {
        catches(prcIds, "身份证号：11010519491231002X。", "11010519491231002X");
        catches(prcIds, "id 440524198001010013 ok", "440524198001010013");
        assertThat(Checksums.prcResidentId("11010519491231002x")).isTrue();
    }

    @Test
    void leavesIdsWithAWrongCheckCharacterOrImpossibleDateAlone() {
        ignores(prcIds, List.of("110105194912310021", "110105194913310028", "11010520991231002X",
                "card 6222021234567890128", "99010519491231002X"));
    }

    @Test
    void findsFormattedSocialSecurityNumbers() {
        catches(ssns, "SSN 123-45-6789.", "123-45-6789");
        catches(ssns, "ssn: 078 05 1120", "078 05 1120");
    }

    @Test
    void leavesNumbersTheSsaNeverIssuesAndOtherFormatsAlone() {
        ignores(ssns, List.of("000-12-3456", "666-12-3456", "900-12-3456", "123-00-4567", "123-45-0000",
                "123456789", "123-45 6789", "call 555-123-4567", "2024-05-01"));
    }
}
