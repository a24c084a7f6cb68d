package org.aigc.finance.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountNumbersTest {

    @Test
    void luhnTellsCardsFromOtherLongNumbers() {
        assertThat(AccountNumbers.luhn("4111111111111111")).isTrue();
        assertThat(AccountNumbers.luhn("6222021234567890128")).isTrue();
        assertThat(AccountNumbers.luhn("4111111111111112")).isFalse();
        assertThat(AccountNumbers.luhn("411111111111")).isFalse();
    }

    @Test
    void ibanNeedsCountryLengthAndMod97() {
        assertThat(AccountNumbers.iban("DE89370400440532013000")).isTrue();
        assertThat(AccountNumbers.iban("DE89370400440532013001")).isFalse();
        assertThat(AccountNumbers.iban("DE8937040044053201300")).isFalse();
        assertThat(AccountNumbers.iban("GB82WEST12345698765432")).isTrue();
    }

    @Test
    void prcResidentIdChecksItsMod11Character() {
        assertThat(AccountNumbers.prcResidentId("11010519491231002X")).isTrue();
        assertThat(AccountNumbers.prcResidentId("110105194912310021")).isFalse();
    }

    @Test
    void checksFindOnlyValidNumbersAndLeaveThePublicExampleIbanAlone() {
        String text = "card 4111 1111 1111 1111, order 4111 1111 1111 1112, IBAN DE89 3704 0044 0532 0130 00, "
                + "bad DE89 3704 0044 0532 0130 01, example GB82 WEST 1234 5698 7654 32, id 11010519491231002X, "
                + "bad id 110105194912310021";

        assertThat(new PaymentCardCheck().find(text, null)).containsExactly("4111 1111 1111 ");
        assertThat(new IbanCheck().find(text, null)).containsExactly("DE89 3704 0044 0532 01");
        assertThat(new PrcResidentIdCheck().find(text, null)).containsExactly("11010519491231");
    }

    @Test
    void masksKeepOnlyTheLastFour() {
        assertThat(AccountNumbers.allButLast("4111 1111 1111 1111", 4)).isEqualTo("4111 1111 1111 ");
        assertThat(AccountNumbers.allButLast("DE89 3704 0044 0532 0130 00", 4)).isEqualTo("DE89 3704 0044 0532 01");
    }
}
