package org.aigc.gateway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aigc.contracts.GenerationOptions;

/** A validated {@code POST /api/v1/{vertical}/generations} body. */
public record Submission(String task, ObjectNode input, GenerationOptions options) {
}
