package dev.faceidkit.sandbox.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resident ID numbers (GB 11643-1999): 17 digits and a check character computed with ISO 7064 MOD 11-2. Digit
 * {@code i} (0 to 16, left to right) has the weight {@code 2^(17-i) mod 11}; the check character is
 * {@code "10X98765432"} at the position {@code (sum of digit × weight) mod 11}. The sandbox accepts a number only
 * when its check character is right ({@code X} in either case).
 */
public final class IdNumbers {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{17}[0-9Xx]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private IdNumbers() {
    }

    public static boolean isValid(String number) {
        return number != null && FORMAT.matcher(number).matches()
                && Character.toUpperCase(number.charAt(17)) == checkCharacter(number.substring(0, 17));
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The number as the data source files it, with an upper-case {@code X}. */
    public static String normalise(String number) {
        return number.toUpperCase(Locale.ROOT);
    }
}
