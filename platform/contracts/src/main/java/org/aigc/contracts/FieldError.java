package org.aigc.contracts;

/** An input field that failed validation: JSON pointer-like path and what is wrong with it. */
public record FieldError(String field, String message) {
}
