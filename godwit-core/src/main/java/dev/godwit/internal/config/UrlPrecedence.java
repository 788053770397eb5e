package dev.godwit.internal.config;

/**
 * Which database URL a run uses, when several places name one: the one rule, applied by
 * {@link SettingsLoader} for the command line and the Java API alike. The first of:
 *
 * <ol>
 *   <li>the URL given explicitly: {@code --url}, or {@code Godwit.configure().url(...)};
 *   <li>{@code url} in the environment chosen with {@code -e} (never overridden by
 *       {@code DATABASE_URL});
 *   <li>the {@code DATABASE_URL} environment variable, when set and not blank;
 *   <li>{@code url} at the top of {@code godwit.toml};
 *   <li>the default, {@code sqlite:///godwit.db} in the base folder.
 * </ol>
 *
 * The {@code user} and {@code password} keys, when set, then replace the credentials of whichever
 * URL wins.
 */
public final class UrlPrecedence {

    /** The places a URL may come from, highest precedence first. */
    public enum Source {
        /** {@code --url}, or the URL given to the Java API's builder. */
        EXPLICIT,
        /** {@code url} in the environment chosen with {@code -e}. */
        ENVIRONMENT_TABLE,
        /** The {@code DATABASE_URL} environment variable. */
        VARIABLE,
        /** {@code url} at the top of the config file. */
        TOP_OF_FILE,
        /** {@link Settings#DEFAULT_URL}. */
        DEFAULT
    }

    private UrlPrecedence() {}

    /**
     * Where the URL of a run comes from.
     *
     * @param explicit the URL given with {@code --url} or through the API, or null
     * @param inEnvironmentTable whether the chosen environment's table sets {@code url}
     * @param variable the value of {@code DATABASE_URL}, or null
     * @param atTopOfFile whether the top of the config file sets {@code url}
     */
    public static Source choose(String explicit, boolean inEnvironmentTable, String variable, boolean atTopOfFile) {
        if (explicit != null) {
            return Source.EXPLICIT;
        }
        if (inEnvironmentTable) {
            return Source.ENVIRONMENT_TABLE;
        }
        if (variable != null && !variable.isBlank()) {
            return Source.VARIABLE;
        }
        return atTopOfFile ? Source.TOP_OF_FILE : Source.DEFAULT;
    }
}
