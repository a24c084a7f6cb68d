package org.aigc.vertical.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class LabelSignerTest {

    private final LabelSigner signer = new LabelSigner("test-key");

    @Test
    void signsContentAndIdsWithHmacSha256() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("test-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(mac.doFinal("hello\0req-1\0acme".getBytes(StandardCharsets.UTF_8)));

        assertThat(signer.sign("hello", "req-1", "acme")).isEqualTo(expected);
    }

    @Test
    void verifiesOnlyTheUntouchedContentOfTheSameRequestAndTenant() {
        String code = signer.sign("本内容", "req-1", "acme");

        assertThat(signer.verify("本内容", "req-1", "acme", code)).isTrue();
        assertThat(signer.verify("本内容!", "req-1", "acme", code)).isFalse();
        assertThat(signer.verify("本内容", "req-2", "acme", code)).isFalse();
        assertThat(signer.verify("本内容", "req-1", "other", code)).isFalse();
        assertThat(new LabelSigner("other-key").verify("本内容", "req-1", "acme", code)).isFalse();
    }

    @Test
    void refusesAnEmptyKey() {
        assertThatThrownBy(() -> new LabelSigner(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void explicitLabelFollowsTheLocale() {
        assertThat(ExplicitLabels.forLocale("zh-CN")).isEqualTo("本内容由人工智能生成");
        assertThat(ExplicitLabels.forLocale("ZH")).isEqualTo("本内容由人工智能生成");
        assertThat(ExplicitLabels.forLocale("en-US")).isEqualTo("AI-generated content");
        assertThat(ExplicitLabels.forLocale(null)).isEqualTo("AI-generated content");
    }
}
