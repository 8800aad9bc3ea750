package dev.lvb.core.error;

/**
 * What arrived is not what LVB's protocol promises: a body that is not JSON, JSON without {@code ret}/{@code code},
 * or values of the wrong type.
 */
public class LvbProtocolException extends LvbException {

    /**
     * @param interfaceName the LVB interface involved, or {@code null}
     * @param explanation what is wrong
     * @param received the start of what arrived, or {@code null}
     * @param cause the parser's complaint, or {@code null}
     */
    public LvbProtocolException(String interfaceName, String explanation, String received, Throwable cause) {
        super(interfaceName, "protocol", received, explanation, cause);
        this.explanation = explanation;
    }

    /** What was wrong with the answer. */
    private final String explanation;

    /**
     * @param name the LVB interface the failure belongs to
     * @return this exception when it already names an interface, else a copy that does
     */
    public LvbProtocolException withInterface(String name) {
        if (interfaceName() != null) {
            return this;
        }
        LvbProtocolException copy = new LvbProtocolException(name, explanation, lvbMessage(), getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
