package dev.godwit.internal.script;

import java.util.Set;

/**
 * Decides from a statement's first tokens whether it creates a trigger, procedure, function or
 * event, the only statements whose {@code BEGIN … END} bodies may contain semicolons. Accepts
 * {@code CREATE [OR REPLACE] [TEMP|TEMPORARY] [AGGREGATE] [CONSTRAINT] [DEFINER = user]} before
 * the object kind; anything else (a table, {@code BEGIN;} as a transaction, …) is not a routine.
 */
final class RoutineDetector {
    private static final Set<String> ROUTINES = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");
    private static final Set<String> MODIFIERS =
            Set.of("OR", "REPLACE", "TEMP", "TEMPORARY", "AGGREGATE", "CONSTRAINT");
    private static final Set<String> NOT_ROUTINES = Set.of("VIEW", "SQL", "ALGORITHM", "TABLE");
    private static final int MAX_DEFINER_TOKENS = 16;

    private enum State { START, AFTER_CREATE, IN_DEFINER, ROUTINE, OTHER }

    private State state = State.START;
    private int definerTokens;

    /** Feeds the next significant token of the statement ({@code upper} is "" for non-words). */
    void accept(TokenKind kind, String upper) {
        boolean word = kind == TokenKind.WORD;
        switch (state) {
            case START:
                state = word && upper.equals("CREATE") ? State.AFTER_CREATE : State.OTHER;
                break;
            case AFTER_CREATE:
                if (word && ROUTINES.contains(upper)) {
                    state = State.ROUTINE;
                } else if (word && upper.equals("DEFINER")) {
                    state = State.IN_DEFINER;
                } else if (!(word && MODIFIERS.contains(upper))) {
                    state = State.OTHER;
                }
                break;
            case IN_DEFINER:
                if (word && ROUTINES.contains(upper)) {
                    state = State.ROUTINE;
                } else if ((word && NOT_ROUTINES.contains(upper)) || ++definerTokens > MAX_DEFINER_TOKENS) {
                    state = State.OTHER;
                }
                break;
            default:
                break;
        }
    }

    boolean isRoutine() {
        return state == State.ROUTINE;
    }

    void reset() {
        state = State.START;
        definerTokens = 0;
    }
}
