package dev.godwit.internal.model;

/**
 * What confinement does with one model statement: run it, leave it out (it describes nothing the
 * scratch could model, or only says "this schema"), or refuse the model because of it.
 *
 * @param reason why it is left out or refused; null to run it
 */
record ScopeVerdict(Action action, String reason) {

    enum Action { RUN, SKIP, REJECT }

    static final ScopeVerdict RUN = new ScopeVerdict(Action.RUN, null);

    static ScopeVerdict skip(String reason) {
        return new ScopeVerdict(Action.SKIP, reason);
    }

    static ScopeVerdict reject(String reason) {
        return new ScopeVerdict(Action.REJECT, reason);
    }
}
