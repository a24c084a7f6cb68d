package org.aigc.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void generatedKeysHaveThePublicFormatAndDiffer() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ApiKeys.NewKey key = ApiKeys.generate();
            assertThat(key.plainText()).matches("aigc_[a-z0-9]{8}_[A-Za-z0-9_-]{43}");
            assertThat(ApiKeys.prefixOf(key.plainText())).contains(key.prefix());
            keys.add(key.plainText());
        }
        assertThat(keys).hasSize(100);
    }

    @Test
    void hashMatchesOnlyTheSameKey() {
        String key = ApiKeys.generate().plainText();
        String hash = ApiKeys.hash(key);
        assertThat(hash).hasSize(64).doesNotContain(key);
        assertThat(ApiKeys.matchesHash(key, hash)).isTrue();
        assertThat(ApiKeys.matchesHash(key + "x", hash)).isFalse();
    }

    @Test
    void rejectsTextThatCannotBeAKey() {
        assertThat(ApiKeys.prefixOf("sk-abc")).isEmpty();
        assertThat(ApiKeys.prefixOf("aigc_short_" + "x".repeat(43))).isEmpty();
        assertThat(ApiKeys.prefixOf("aigc_abcdefgh_tooshort")).isEmpty();
        assertThat(ApiKeys.prefixOf(null)).isEmpty();
    }

    @Test
    void adminKeyComparisonIsExact() {
        assertThat(ApiKeys.constantTimeEquals("admin-key", "admin-key")).isTrue();
        assertThat(ApiKeys.constantTimeEquals("admin-key", "admin-kez")).isFalse();
        assertThat(ApiKeys.constantTimeEquals("admin-key", "admin-key-longer")).isFalse();
    }
}
