package dev.godwit.internal.run;

/** Wording about a revision's statements by number. */
final class Statements {
    private Statements() {
    }

    /** "statement 1" or "statements 1-k". */
    static String range(int k) {
        return k == 1 ? "statement 1" : "statements 1-" + k;
    }

    /** "leave statement 1 as it is" or "leave statements 1-k as they are". */
    static String leaveAsTheyAre(int k) {
        return "leave " + range(k) + (k == 1 ? " as it is" : " as they are");
    }
}
