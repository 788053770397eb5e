package dev.godwit.examples.bookshelf;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How a title is sorted on the shelf: in lower case, with a leading English article moved to the
 * end ("The Hobbit" sorts as "hobbit, the"). The controller uses it for new books; the Java revision
 * {@link BackfillSortTitles} uses it for the books already there, so both agree.
 */
@Component
public class SortTitles {
    private static final List<String> ARTICLES = List.of("the", "a", "an");

    public String of(String title) {
        String t = title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (String article : ARTICLES) {
            if (t.startsWith(article + " ") && t.length() > article.length() + 1) {
                return t.substring(article.length() + 1) + ", " + article;
            }
        }
        return t;
    }
}
