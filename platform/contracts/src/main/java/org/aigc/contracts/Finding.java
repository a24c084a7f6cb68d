package org.aigc.contracts;

/**
 * One compliance finding.
 *
 * @param ruleId  catalogue id, e.g. {@code AD-01}, {@code PI-01}
 * @param action  {@code BLOCK}, {@code AMEND}, {@code REVIEW}, {@code APPEND} or {@code FLAG}
 * @param source  the regulation or policy the rule encodes
 * @param excerpt the matched part of the original text (masked where it is personal data)
 */
public record Finding(String ruleId, String action, String message, String source, String excerpt) {
}
