package org.aigc.vertical.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the compliance endpoints and the audit trail's retention. */
@ConfigMapping(prefix = "aigc.compliance")
public interface ComplianceConfig {

    /** Longest text the dry-run endpoint screens, in characters (the live pipeline is bounded by the schemas). */
    @WithDefault("20000")
    int maxCheckChars();

    /** Retention of audit rows that are not a rule's finding (received, finished, reviewer actions), in days. */
    @WithDefault("180")
    int auditRetentionDays();

    /**
     * Retention of labelling log rows (LABELLED), in days; values below 180 are raised to 180, the minimum of the
     * Labeling Measures Art 9 (six months).
     */
    @WithDefault("180")
    int labellingRetentionDays();

    /** How often the purge job deletes audit rows past their retention (a Quarkus scheduler period, e.g. 6h). */
    @WithDefault("6h")
    String auditPurgeEvery();
}
