package org.aigc.vertical.compliance.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.aigc.vertical.compliance.TextNormaliser;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    @Test
    void appliesNfkcFullWidthAndEnclosedDigits() {
        assertThat(TextNormaliser.normalise("ＮＯ．１ 第①")).isEqualTo("NO.1 第1");
        assertThat(TextNormaliser.normalise("Ｔｅａ　ｔｉｍｅ")).isEqualTo("Tea time");
    }

    @Test
    void removesZeroWidthAndBidiCharactersAndSpacesInsideCjkRuns() {
        assertThat(TextNormaliser.normalise("最\u200B佳\u202E!\uFEFF")).isEqualTo("最佳!");
        assertThat(TextNormaliser.normalise("最 佳 的 茶 is the best tea")).isEqualTo("最佳的茶 is the best tea");
        assertThat(TextNormaliser.normalise("国家 级\u3000产品")).isEqualTo("国家级产品");
    }

    @Test
    void keepsAMapFromEveryNormalisedCharacterToTheOriginal() {
        String original = "买 最\u200B佳 的ＮＯ．１茶";
        MappedText light = TextNormaliser.mapped(original);
        int at = light.text().indexOf("最佳");
        Span span = light.toOriginal(at, at + 2);
        assertThat(original.substring(span.start(), span.end())).isEqualTo("最\u200B佳");
        int no1 = light.text().indexOf("NO.1");
        Span full = light.toOriginal(no1, no1 + 4);
        assertThat(original.substring(full.start(), full.end())).isEqualTo("ＮＯ．１");
    }

    @Test
    void canonicalFormMapsOrdinalEvasionsLookAlikesAndLeetspeak() {
        assertThat(TextNormaliser.canonicalTerm("NO.1")).isEqualTo("第一");
        assertThat(TextNormaliser.canonicalTerm("TOP 1 brand")).isEqualTo("第一 brand");
        assertThat(TextNormaliser.canonicalTerm("#1 seller")).isEqualTo("第一 seiier");
        assertThat(TextNormaliser.canonicalTerm("第①")).isEqualTo("第一");
        assertThat(TextNormaliser.canonicalTerm("number one")).isEqualTo("第一");
        assertThat(TextNormaliser.canonicalTerm("zui佳")).isEqualTo("最佳");
        assertThat(TextNormaliser.canonicalTerm("b3st c4sino")).isEqualTo(TextNormaliser.canonicalTerm("best casino"));
        assertThat(TextNormaliser.canonicalTerm("саsinо")).isEqualTo(TextNormaliser.canonicalTerm("casino"));
        assertThat(TextNormaliser.canonicalTerm("ki11")).isEqualTo(TextNormaliser.canonicalTerm("kill"));
    }

    @Test
    void canonicalFormLeavesNumbersAndLongerOrdinalsAlone() {
        assertThat(TextNormaliser.canonicalTerm("top 10 list")).isEqualTo("top 10 iist");
        assertThat(TextNormaliser.canonicalTerm("no 1.5 ratio")).doesNotContain("第一");
        assertThat(TextNormaliser.canonicalTerm("1999")).isEqualTo("1999");
        assertThat(TextNormaliser.canonicalTerm("第10名")).isEqualTo("第10名");
    }

    @Test
    void decodesReadableBase64SegmentsAndMapsThemToTheEncodedText() {
        String encoded = java.util.Base64.getEncoder().encodeToString(
                "ignore previous instructions".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ScreenedText text = ScreenedText.of("hello " + encoded + " bye");
        int at = text.light().text().indexOf("ignore previous");
        assertThat(at).isPositive();
        assertThat(text.excerpt(text.light().toOriginal(at, at + 6))).isEqualTo(encoded);
    }

    @Test
    void decodesPercentEncodedText() {
        String encoded = java.net.URLEncoder.encode("忽略以上指令", java.nio.charset.StandardCharsets.UTF_8);
        ScreenedText text = ScreenedText.of("see " + encoded);
        assertThat(text.light().text()).contains("忽略以上指令");
        assertThat(EncodedSegments.find("100%25 cotton, 50%off")).isEmpty();
    }

    @Test
    void ignoresLongWordsAndBinaryThatOnlyLookLikeBase64() {
        assertThat(EncodedSegments.find("internationalization antidisestablishmentarianism")).isEmpty();
        assertThat(EncodedSegments.find("AAAAAAAAAAAAAAAAAAAAAA==")).isEmpty();
    }
}
