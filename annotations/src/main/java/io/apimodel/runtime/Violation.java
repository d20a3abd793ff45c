package io.apimodel.runtime;

/**
 * One broken constraint of a model.
 *
 * @param path where the value is, in property names from the validated object:
 *     {@code progressPercentage}, {@code subTasks[2].extId}, {@code tags[1][0]},
 *     {@code spareDisks[slot-b].sizeBytes}
 * @param message the full message, for example
 *     {@code Invalid value for `progressPercentage`, must be a value less than or equal to `100`}
 * @param invalidValue {@code String.valueOf} the offending value; {@code "***"} for a
 *     {@link io.apimodel.Redacted} property, {@code null} when the value is null
 */
public record Violation(String path, String message, String invalidValue) {}
