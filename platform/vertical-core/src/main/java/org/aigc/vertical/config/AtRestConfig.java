package org.aigc.vertical.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** What an industry removes from request data before it is stored (see {@code InputAtRest}). */
@ConfigMapping(prefix = "aigc.at-rest")
public interface AtRestConfig {

    /**
     * Named checks (this service's detectors, e.g. {@code payment-card}, {@code iban}, {@code phi-any}) whose matches
     * are removed from every string of a stored request input and from reviewers' notes, on top of the input rules'
     * masks. An industry opts in here so that a rule switched off by an administrator never lets the identifier reach
     * the database. Empty (the default): only the input rules' masks apply.
     */
    Optional<List<String>> checks();
}
