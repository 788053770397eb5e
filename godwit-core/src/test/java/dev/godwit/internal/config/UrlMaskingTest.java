package dev.godwit.internal.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlMaskingTest {
    @Test
    void maskUrl() {
        assertEquals("postgres://u:***@h/db", UrlMasking.maskUrl("postgres://u:pw@h/db"));
        assertEquals("postgres://u@h/db", UrlMasking.maskUrl("postgres://u@h/db"));
        assertEquals("postgres://h:5432/db", UrlMasking.maskUrl("postgres://h:5432/db"));
        assertEquals("postgres://u:***@h/db", UrlMasking.maskUrl("postgres://u:p@s/s#?@h/db"));
        assertEquals("postgres://u@x:***@h/db", UrlMasking.maskUrl("postgres://u@x:pw@h/db"));
        assertEquals("postgres://u:***@[::1]:5432/db", UrlMasking.maskUrl("postgres://u:pw@[::1]:5432/db"));
        assertEquals("jdbc:postgresql://h/db?user=u&password=***&ssl=true",
                UrlMasking.maskUrl("jdbc:postgresql://h/db?user=u&password=pw&ssl=true"));
        assertEquals("jdbc:x://h/db?sslpassword=***", UrlMasking.maskUrl("jdbc:x://h/db?sslpassword=a=b"));
        assertEquals("jdbc:x://h/db;password=***;a=b", UrlMasking.maskUrl("jdbc:x://h/db;password=pw;a=b"));
        assertEquals("x:***@h", UrlMasking.maskUrl("x:u:pw@h"));
        assertEquals("sqlite:///a.db", UrlMasking.maskUrl("sqlite:///a.db"));
        assertNull(UrlMasking.maskUrl(null));
    }

    @Test
    void maskText() {
        assertEquals("The string is 'postgres://u:***@h/db'",
                UrlMasking.maskText("The string is 'postgres://u:pw@h/db'"));
        assertEquals("see u:***@h and mysql://r:***@x/y now",
                UrlMasking.maskText("see u:pw@h and mysql://r:pw2@x/y now"));
        assertEquals("bad password=*** here", UrlMasking.maskText("bad password=pw here"));
        assertEquals("Invalid value: 12abc", UrlMasking.maskText("Invalid value: 12abc"));
        assertNull(UrlMasking.maskText(null));
    }

    /** Issue 11 #14: passwords in query parameters, with '@', ':', '/', '#', '?', '&' in them. */
    @Test
    void passwordsInQueryParametersAreHiddenWhole() {
        assertEquals("jdbc:postgresql://127.0.0.1:5432/db?user=u&password=***",
                UrlMasking.maskUrl("jdbc:postgresql://127.0.0.1:5432/db?user=u&password=Sup3r@Secret"));
        assertEquals("jdbc:postgresql://h/db?user=u&password=***",
                UrlMasking.maskUrl("jdbc:postgresql://h/db?user=u&password=p@ss:w/rd#1?x"));
        assertEquals("jdbc:postgresql://h/db?password=***&user=u",
                UrlMasking.maskUrl("jdbc:postgresql://h/db?password=pa&ssw0rd&user=u"));
        assertEquals("jdbc:postgresql://h/db?password=***&user=u",
                UrlMasking.maskUrl("jdbc:postgresql://h/db?password=pa#ssw0rd&user=u"));
        assertEquals("jdbc:mariadb://h/db?passwd=***&pw=***&pwd=***&sslpassword=***&token=***&a=b",
                UrlMasking.maskUrl("jdbc:mariadb://h/db?passwd=s1&pw=s2&pwd=s3&sslpassword=s4&token=s5&a=b"));
        assertEquals("jdbc:postgresql://h/db?user=u;password=***",
                UrlMasking.maskUrl("jdbc:postgresql://h/db?user=u;password=x"));
        assertEquals("mysql://u:***@h/db?password=***", UrlMasking.maskUrl("mysql://u:a@b@h/db?password=c@d/e"));
    }

    @Test
    void looseMaskingHidesEverythingUpToTheLastAt() {
        assertEquals("postgres://***@db/app", UrlMasking.maskLoosely("postgres://u:pa/ss?x=1@db/app"));
        assertEquals("jdbc:postgresql://host?password=***", UrlMasking.maskLoosely("jdbc:postgresql://host?password=a/b@c"));
    }
}
