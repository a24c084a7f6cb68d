package org.aigc.generation.domain;

import org.aigc.contracts.ModelCallRequested;

/**
 * One model behind a registry alias. Blocking: callers run it on a worker thread and bound it with their own deadline.
 * Failures are thrown as {@link ModelCallException} with a stable code.
 */
public interface ModelClient {

    ModelReply chat(ModelCallRequested call);
}
