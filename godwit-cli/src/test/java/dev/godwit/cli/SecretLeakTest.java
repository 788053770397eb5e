package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.TestDatabase;
import dev.godwit.cli.support.TestDatabase.Kind;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11 #14, as a property: a random password (all of printable ASCII, some non-ASCII), in every
 * URL form and every place a URL comes from, never appears in anything godwit prints, on runs that
 * succeed and runs that fail (wrong password, unknown host, wrong database; with --debug too), and
 * the connection is made as the user the URL names. A failure names the seed to replay it with
 * {@code -Dgodwit.secretSeed=N}.
 */
class SecretLeakTest {
    private static final String ALPHABET;
    private static final String NON_ASCII = "äéßø日本€Ω";

    static {
        StringBuilder b = new StringBuilder();
        for (char c = 0x20; c < 0x7f; c++) {
            b.append(c);
        }
        ALPHABET = b.toString();
    }

    @TempDir
    Path dir;

    private TestDatabase db;

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void noPasswordIsEverShown(Kind kind) throws Exception {
        long seed = Long.getLong("godwit.secretSeed", System.nanoTime());
        Random random = new Random(seed);
        try (TestDatabase opened = TestDatabase.create(kind, dir)) {
            db = opened;
            for (int round = 0; round < 2; round++) {
                String password = password(random);
                String user = "gw_u" + Long.toString(Math.abs(random.nextLong()) % 1_000_000_000L, 36);
                createUser(db, user, password);
                try {
                    checkEveryForm(db, user, password, "seed " + seed + ", round " + round);
                } finally {
                    dropUser(db, user);
                }
            }
        }
    }

    private void checkEveryForm(TestDatabase db, String user, String password, String replay) throws Exception {
        Path project = Files.createDirectories(dir.resolve("p" + System.nanoTime()));
        writeRevision(project, db.kind());
        String server = db.host() + ":" + db.port();
        String database = db.database();
        String enc = encode(password);
        String scheme = db.kind() == Kind.POSTGRESQL ? "postgresql" : "mysql";
        String jdbc = db.kind() == Kind.POSTGRESQL ? "jdbc:postgresql" : "jdbc:mariadb";
        String schemaLine = db.schema() == null ? "" : "schema = \"" + db.schema() + "\"\n";
        List<String> urls = List.of(
                scheme + "://" + user + ":" + enc + "@" + server + "/" + database,
                jdbc + "://" + server + "/" + database + "?user=" + user + "&password=" + queryRaw(password),
                jdbc + "://" + server + "/" + database + "?password=" + queryRaw(password) + "&user=" + user,
                jdbc + "://" + server + "/" + database + "?password=" + enc + "&user=" + user);
        for (String url : urls) {
            String form = replay + ", URL " + url.replace(password, "<password>");
            // --url
            Files.writeString(project.resolve("godwit.toml"), schemaLine);
            succeeds(project, user, password, form + " via --url", "--url", url);
            // url in godwit.toml, at the top and in an environment chosen with -e
            Files.writeString(project.resolve("godwit.toml"), schemaLine + "url = " + toml(url) + "\n"
                    + "[environments.prod]\nurl = " + toml(url) + "\n");
            succeeds(project, user, password, form + " via godwit.toml");
            succeeds(project, user, password, form + " via -e", "-e", "prod");
        }
        // user and password keys in godwit.toml over a URL without them
        Files.writeString(project.resolve("godwit.toml"), schemaLine + "url = " + toml(scheme + "://" + server + "/"
                + database) + "\nuser = " + toml(user) + "\npassword = " + toml(password) + "\n");
        succeeds(project, user, password, replay + " via user/password keys");
        // DATABASE_URL, in a real process
        Files.writeString(project.resolve("godwit.toml"), schemaLine);
        String viaEnv = urls.get(0);
        Run run = process(project, Map.of("DATABASE_URL", viaEnv), "upgrade");
        assertNoSecret(run.all(), password, replay + " DATABASE_URL upgrade");
        assertEquals(0, run.exit(), run.all());
        assertWho(db, user, replay + " DATABASE_URL");
        Run down = process(project, Map.of("DATABASE_URL", viaEnv), "downgrade", "base");
        assertEquals(0, down.exit(), down.all());
        fails(db, project, user, password, replay, scheme, jdbc, server, database);
    }

    /** Wrong password (MariaDB: PostgreSQL trusts local connections), unknown host, wrong database. */
    private void fails(TestDatabase db, Path project, String user, String password, String replay, String scheme,
            String jdbc, String server, String database) throws Exception {
        List<String> bad = new ArrayList<>();
        if (db.kind() == Kind.MARIADB) {
            bad.add(jdbc + "://" + server + "/" + database + "?user=" + user + "&password=" + encode(password + "Z"));
            bad.add(jdbc + "://" + server + "/" + database + "?user=" + user + ";password=" + encode(password) + "x");
        }
        bad.add(scheme + "://" + user + ":" + encode(password) + "@nosuchhost.invalid/" + database);
        bad.add(jdbc + "://" + server + "/gw_nosuch_db?password=" + queryRaw(password) + "&user=" + user);
        for (String url : bad) {
            String what = replay + ", failing URL " + url.replace(password, "<password>");
            for (String debug : new String[] {"--debug", "--url"}) {
                Cli.Result r = debug.equals("--debug")
                        ? Cli.run(project, "--debug", "--url", url, "current")
                        : Cli.run(project, "--url", url, "upgrade");
                assertNotEquals(0, r.exit(), what + "\n" + r);
                assertNoSecret(r.out() + r.err(), password, what);
            }
        }
        Run run = process(project, Map.of("DATABASE_URL", bad.get(bad.size() - 1)), "--debug", "upgrade");
        assertNotEquals(0, run.exit(), run.all());
        assertNoSecret(run.all(), password, replay + " failing DATABASE_URL process");
    }

    private void succeeds(Path project, String user, String password, String form, String... global)
            throws Exception {
        List<String[]> commands = List.of(new String[] {"upgrade"}, new String[] {"current", "--verbose"},
                new String[] {"history", "-i"}, new String[] {"log", "--json"}, new String[] {"downgrade", "base"});
        for (String[] command : commands) {
            List<String> args = new ArrayList<>(List.of(global));
            args.addAll(List.of(command));
            Cli.Result r = Cli.run(project, args.toArray(new String[0]));
            assertNoSecret(r.out() + r.err(), password, form + ", " + String.join(" ", command));
            assertEquals(0, r.exit(), form + ", " + String.join(" ", command) + "\n" + r);
            if (command[0].equals("upgrade")) {
                assertWho(db, user, form);
            }
        }
    }

    private static void assertWho(TestDatabase db, String user, String form) {
        String lastWho;
        try {
            lastWho = db.column("SELECT u FROM who").get(0);
        } catch (Exception e) {
            throw new AssertionError(form + ": cannot read who: " + e.getMessage(), e);
        }
        assertTrue(lastWho.toLowerCase(Locale.ROOT).startsWith(user), form + ": connected as " + lastWho);
    }

    private static void assertNoSecret(String output, String password, String what) {
        for (String form : List.of(password, encode(password), URLEncoder.encode(password, StandardCharsets.UTF_8),
                queryRaw(password))) {
            assertFalse(output.contains(form), what + ": the password (as '" + form.length()
                    + " chars') appears in:\n" + output.replace(form, "<<<PASSWORD>>>"));
        }
    }

    private void writeRevision(Path project, Kind kind) throws IOException {
        Path versions = Files.createDirectories(project.resolve("migrations/versions"));
        String user = kind == Kind.POSTGRESQL ? "current_user" : "CURRENT_USER()";
        Files.writeString(versions.resolve("a1_who.sql"), String.join("\n",
                "-- revision: a1", "-- revises:", "-- message: who", "", "-- +upgrade",
                "CREATE TABLE who (u VARCHAR(200));", "INSERT INTO who SELECT " + user + ";", "",
                "-- +downgrade", "DROP TABLE who;", ""));
    }

    private static String password(Random random) {
        StringBuilder b = new StringBuilder();
        int length = 12 + random.nextInt(10);
        for (int i = 0; i < length; i++) {
            b.append(random.nextInt(8) == 0 ? NON_ASCII.charAt(random.nextInt(NON_ASCII.length()))
                    : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        if (b.charAt(0) == ' ') {
            b.setCharAt(0, 'q');
        }
        if (b.charAt(b.length() - 1) == ' ') {
            b.setCharAt(b.length() - 1, 'q');
        }
        return b.toString();
    }

    /** Every character but the unreserved ones percent-encoded: the form a URL's user information needs. */
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    /** As written raw in a query value: only what the grammar needs encoded ('%', '&', ';', blanks). */
    private static String queryRaw(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '%' -> b.append("%25");
                case '&' -> b.append("%26");
                case ';' -> b.append("%3B");
                case ' ' -> b.append("%20");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String toml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void createUser(TestDatabase db, String user, String password) throws Exception {
        if (db.kind() == Kind.POSTGRESQL) {
            db.execute("SELECT 1");
            db.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
            db.execute("GRANT ALL ON SCHEMA " + db.schema() + " TO " + user);
            db.execute("GRANT CREATE ON DATABASE " + db.database() + " TO " + user);
        } else {
            String literal = "'" + password.replace("\\", "\\\\").replace("'", "''") + "'";
            db.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY " + literal);
            db.execute("CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY " + literal);
            db.execute("GRANT ALL ON `" + db.database() + "`.* TO '" + user + "'@'%'");
            db.execute("GRANT ALL ON `" + db.database() + "`.* TO '" + user + "'@'127.0.0.1'");
        }
    }

    private static void dropUser(TestDatabase db, String user) throws Exception {
        if (db.kind() == Kind.POSTGRESQL) {
            db.execute("DROP OWNED BY " + user + " CASCADE");
            db.execute("DROP ROLE IF EXISTS " + user);
        } else {
            db.execute("DROP USER IF EXISTS '" + user + "'@'%'");
            db.execute("DROP USER IF EXISTS '" + user + "'@'127.0.0.1'");
        }
    }

    record Run(int exit, String out, String err) {
        String all() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** godwit as a separate JVM with {@code env} set, stdout and stderr each in a file. */
    static Run process(Path project, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.godwit.cli.Main",
                "-C", project.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(project, "out", ".txt");
        Path err = Files.createTempFile(project, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("DATABASE_URL");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("godwit did not finish in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
