package dev.faceidkit.conformancetests.contract;

/**
 * A form field or query parameter of an operation, as the contract defines it.
 *
 * @param binary         a file part ({@code type: string, format: binary})
 * @param alwaysRequired required whatever variant is chosen (not only inside one {@code oneOf} alternative)
 */
public record SpecField(String name, boolean binary, boolean alwaysRequired) {
}
