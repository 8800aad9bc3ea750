package dev.lvb.core.error;

/** A request was refused before anything was sent, because LVB would reject it (or misread it). */
public class LvbValidationException extends LvbException {

    /** The wire name of the refused parameter. */
    private final String parameter;

    /**
     * @param parameter the offending parameter, by its wire name
     * @param explanation what is wrong and what is allowed
     */
    public LvbValidationException(String parameter, String explanation) {
        super(null, "invalid:" + parameter, null, "invalid " + parameter + ": " + explanation, null);
        this.parameter = parameter;
    }

    /** @return the wire name of the offending parameter */
    public String parameter() {
        return parameter;
    }
}
