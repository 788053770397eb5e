package dev.godwit.internal.config;

import dev.godwit.api.Redaction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The secrets of a run (passwords), and text with them taken out: a driver or server message may
 * quote a password (a user name that swallowed {@code ;password=x}, a URL echoed back), so every
 * message is scrubbed before it is shown. Each secret is hidden as written and in its
 * percent-encoded forms.
 */
public final class Secrets implements Redaction {
    /** Secrets shorter than this are not scrubbed from free text: "a" would mangle every message. */
    private static final int SHORTEST = 3;

    private final Set<String> forms;

    private Secrets(Set<String> forms) {
        this.forms = Set.copyOf(forms);
    }

    /** No secrets: {@link #scrub} only masks URLs and {@code password=} parameters. */
    public static final Secrets NONE = new Secrets(Set.of());

    /**
     * The passwords {@code settings} hold: the database URL's and the scratch database's
     * ({@code dev_url}; an unusable one is reported where it is used, and its masked form shows none).
     */
    public static Secrets of(Settings settings) {
        DatabaseUrl scratch = null;
        if (settings.devUrl() != null) {
            try {
                scratch = settings.devDatabase();
            } catch (dev.godwit.api.GodwitException e) {
                // reported where dev_url is used
            }
        }
        return of(settings.url(), scratch);
    }

    /** The secrets of {@code urls} (nulls ignored). */
    public static Secrets of(DatabaseUrl... urls) {
        Set<String> all = new LinkedHashSet<>();
        for (DatabaseUrl url : urls) {
            if (url != null) {
                all.addAll(url.secrets());
            }
        }
        return NONE.with(all);
    }

    /** These secrets and {@code more}. */
    public Secrets with(Collection<String> more) {
        Set<String> all = new LinkedHashSet<>(forms);
        for (String secret : more) {
            if (secret == null || secret.length() < SHORTEST) {
                continue;
            }
            all.add(secret);
            String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
            all.add(encoded);
            all.add(encoded.replace("+", "%20"));
            all.add(lowerHex(encoded));
            all.add(lowerHex(encoded.replace("+", "%20")));
        }
        return new Secrets(all);
    }

    /** Whether there is nothing to scrub beyond URL masking. */
    public boolean isEmpty() {
        return forms.isEmpty();
    }

    /** {@code text} with every secret replaced by {@code ***} and URLs in it masked: for messages. */
    @Override
    public String scrub(String text) {
        return text == null ? null : UrlMasking.maskText(replace(text));
    }

    /**
     * {@code text} with every secret and every {@code password=…} parameter value replaced by
     * {@code ***}: for error output, where URLs in usage texts stay as written.
     */
    @Override
    public String scrubParameters(String text) {
        return text == null ? null : UrlMasking.maskPasswordParameters(replace(text));
    }

    /** {@code text} with every secret replaced by {@code ***}, nothing else changed: for output such as SQL. */
    @Override
    public String replace(String text) {
        if (text == null || forms.isEmpty()) {
            return text;
        }
        String out = text;
        List<String> longestFirst = forms.stream().sorted((a, b) -> b.length() - a.length()).toList();
        for (String form : longestFirst) {
            if (out.contains(form)) {
                out = out.replace(form, UrlMasking.MASK);
            }
        }
        return out;
    }

    private static String lowerHex(String encoded) {
        StringBuilder out = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            boolean hex = i > 0 && (encoded.charAt(i - 1) == '%' || (i > 1 && encoded.charAt(i - 2) == '%'));
            out.append(hex ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }
}
