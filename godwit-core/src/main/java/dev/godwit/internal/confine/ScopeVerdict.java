package dev.godwit.internal.confine;

/**
 * What confinement does with one model statement: run it, leave it out (it describes nothing the
 * scratch could model, or only says "this schema"), or refuse the model because of it.
 *
 * @param reason why it is left out or refused; null to run it
 */
public record ScopeVerdict(Action action, String reason) {

    /** Run it, leave it out, or refuse the model. */
    public enum Action { RUN, SKIP, REJECT }

    /** Run the statement. */
    public static final ScopeVerdict RUN = new ScopeVerdict(Action.RUN, null);

    /** Leave the statement out, for {@code reason}. */
    public static ScopeVerdict skip(String reason) {
        return new ScopeVerdict(Action.SKIP, reason);
    }

    /** Refuse the model because of the statement, for {@code reason}. */
    public static ScopeVerdict reject(String reason) {
        return new ScopeVerdict(Action.REJECT, reason);
    }
}
