package org.aigc.vertical.compliance;

/** Where a rule runs: on the request before generation, or on the model's output. */
public enum Stage {
    INPUT,
    OUTPUT
}
