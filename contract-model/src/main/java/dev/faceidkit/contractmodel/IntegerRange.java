package dev.faceidkit.contractmodel;

/** The range of an integer, such as {@code x-faceid-integer-range} of a number sent as text. Both ends included. */
public record IntegerRange(long minimum, long maximum) {

    public IntegerRange {
        if (minimum > maximum) {
            throw new ContractException("Integer range " + minimum + ".." + maximum + " is empty");
        }
    }

    public boolean contains(long value) {
        return value >= minimum && value <= maximum;
    }

    @Override
    public String toString() {
        return minimum + " to " + maximum;
    }
}
