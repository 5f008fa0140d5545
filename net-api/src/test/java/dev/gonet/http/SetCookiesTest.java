package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gonet.internal.Ascii;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's {@code readSetCookies}: cookie_test.go's readSetCookiesTests, plus Expires dates as Go 1.19 parses them. */
class SetCookiesTest {
    /** A Set-Cookie line and the Cookie Go reads from it; expires as an ISO instant or null. */
    private record SetCookieCase(String line, String name, String value, String path, String domain, boolean httpOnly,
            String expires, String rawExpires, Cookie.SameSite sameSite) {
    }

    /** Go's test rows: the Set-Cookie value, then name, value, path, domain, httpOnly, secure, expires, rawExpires, sameSite. */
    static final SetCookieCase[] GO_TABLE = {
        new SetCookieCase("Cookie-1=v$1", "Cookie-1", "v$1", "", "", false, null, "", Cookie.SameSite.DEFAULT),
        new SetCookieCase("NID=99=YsDT5i3E-CXax-; expires=Wed, 23-Nov-2011 01:05:03 GMT; path=/; domain=.google.ch; HttpOnly", "NID",
            "99=YsDT5i3E-CXax-", "/", ".google.ch", true, "2011-11-23T01:05:03Z", "Wed, 23-Nov-2011 01:05:03 GMT",
            Cookie.SameSite.DEFAULT),
        new SetCookieCase(".ASPXAUTH=7E3AA; expires=Wed, 07-Mar-2012 14:25:06 GMT; path=/; HttpOnly", ".ASPXAUTH", "7E3AA", "/", "",
            true, "2012-03-07T14:25:06Z", "Wed, 07-Mar-2012 14:25:06 GMT", Cookie.SameSite.DEFAULT),
        new SetCookieCase("ASP.NET_SessionId=foo; path=/; HttpOnly", "ASP.NET_SessionId", "foo", "/", "", true, null, "",
            Cookie.SameSite.DEFAULT),
        new SetCookieCase("samesitedefault=foo; SameSite", "samesitedefault", "foo", "", "", false, null, "",
            Cookie.SameSite.DEFAULT),
        new SetCookieCase("samesiteinvalidisdefault=foo; SameSite=invalid", "samesiteinvalidisdefault", "foo", "", "", false, null, "",
            Cookie.SameSite.DEFAULT),
        new SetCookieCase("samesitelax=foo; SameSite=Lax", "samesitelax", "foo", "", "", false, null, "",
            Cookie.SameSite.LAX),
        new SetCookieCase("samesitestrict=foo; SameSite=Strict", "samesitestrict", "foo", "", "", false, null, "",
            Cookie.SameSite.STRICT),
        new SetCookieCase("samesitenone=foo; SameSite=None", "samesitenone", "foo", "", "", false, null, "",
            Cookie.SameSite.NONE),
        new SetCookieCase("special-1=a z", "special-1", "a z", "", "", false, null, "", Cookie.SameSite.DEFAULT),
        new SetCookieCase("special-2=\" z\"", "special-2", " z", "", "", false, null, "", Cookie.SameSite.DEFAULT),
        new SetCookieCase("special-3=\"a \"", "special-3", "a ", "", "", false, null, "", Cookie.SameSite.DEFAULT),
        new SetCookieCase("special-4=\" \"", "special-4", " ", "", "", false, null, "", Cookie.SameSite.DEFAULT),
        new SetCookieCase("special-5=a,z", "special-5", "a,z", "", "", false, null, "", Cookie.SameSite.DEFAULT),
        new SetCookieCase("special-6=\",z\"", "special-6", ",z", "", "", false, null, "", Cookie.SameSite.DEFAULT),
        new SetCookieCase("special-7=a,", "special-7", "a,", "", "", false, null, "", Cookie.SameSite.DEFAULT),
        new SetCookieCase("special-8=\",\"", "special-8", ",", "", "", false, null, "", Cookie.SameSite.DEFAULT),
    };

    @Test
    void goReadSetCookiesTests() {
        for (SetCookieCase row : GO_TABLE) {
            Header h = new Header();
            h.add("Set-Cookie", row.line());
            List<Cookie> got = SetCookies.parse(h);
            assertEquals(1, got.size(), row.line());
            Cookie c = got.get(0);
            String what = "readSetCookies(" + Ascii.quote(row.line()) + ")";
            assertEquals(row.name(), c.name(), what);
            assertEquals(row.value(), c.value(), what);
            assertEquals(row.path(), c.path(), what);
            assertEquals(row.domain(), c.domain(), what);
            assertEquals(row.httpOnly(), c.httpOnly(), what);
            assertEquals(row.expires() == null ? null : Instant.parse(row.expires()), c.expires(), what);
            assertEquals(row.rawExpires(), c.rawExpires(), what);
            assertEquals(row.sameSite(), c.sameSite(), what);
            assertEquals(row.line(), c.raw(), what);
            assertEquals(List.of(), c.unparsed(), what);
        }
    }

    @Test
    void attributesAndRejects() {
        Header h = new Header();
        h.add("Set-Cookie", "  a=1 ;  Max-Age=60; Secure; HTTPONLY; Foo=bar; max-age=07 ; Path=\"/x\"; expires=never");
        h.add("Set-Cookie", "noequals");
        h.add("Set-Cookie", "bad name=1");
        h.add("Set-Cookie", "v=\"quoted\\\"\"");
        h.add("Set-Cookie", "");
        h.add("Set-Cookie", "d=1; Max-Age=0; Domain=example.com; Path=/p; Ünïcode=1");
        h.add("Set-Cookie", "e=1; Max-Age=-5; Max-Age=x; Max-Age=99999999999");
        List<Cookie> got = SetCookies.parse(h);
        assertEquals(3, got.size());
        Cookie a = got.get(0);
        assertEquals("1", a.value());
        assertEquals(60, a.maxAge());
        assertEquals(true, a.secure());
        assertEquals(true, a.httpOnly());
        assertEquals(List.of("Foo=bar", "max-age=07", "Path=\"/x\"", "expires=never"), a.unparsed(),
                "unknown, a leading zero, a quote in an attribute value, a bad date");
        assertEquals("never", a.rawExpires());
        assertNull(a.expires());
        Cookie d = got.get(1);
        assertEquals(-1, d.maxAge(), "Max-Age=0 means delete now");
        assertEquals("example.com", d.domain());
        assertEquals("/p", d.path());
        assertEquals(List.of(), d.unparsed(), "a non-ASCII attribute name is dropped");
        assertEquals(Integer.MAX_VALUE, got.get(2).maxAge(), "the last valid one wins, saturated");
        assertEquals(List.of("Max-Age=x"), got.get(2).unparsed());
    }

    private record DateCase(String in, String want) {
    }

    /** Expires values and what Go 1.19's time.Parse (RFC1123, then the dashed form), in UTC, makes of them. */
    static final DateCase[] DATES = {
        new DateCase("Wed, 23-Nov-2011 01:05:03 GMT", "2011-11-23T01:05:03Z"),
        new DateCase("Wed, 23 Nov 2011 01:05:03 GMT", "2011-11-23T01:05:03Z"),
        new DateCase("wed, 23 nov 2011 01:05:03 GMT", "2011-11-23T01:05:03Z"),
        new DateCase("Wed, 23 Nov 2011 1:05:03 GMT", "2011-11-23T01:05:03Z"),
        new DateCase("Wed, 23 Nov 2011 01:5:03 GMT", null),
        new DateCase("Wed, 3 Nov 2011 01:05:03 GMT", null),
        new DateCase("Wed,  23  Nov 2011 01:05:03 GMT", "2011-11-23T01:05:03Z"),
        new DateCase("Wed, 23 Nov 2011 01:05:03.123 GMT", "2011-11-23T01:05:03.123Z"),
        new DateCase("Wed, 23 Nov 2011 01:05:03 UTC", "2011-11-23T01:05:03Z"),
        new DateCase("Wed, 23 Nov 2011 01:05:03 PST", "2011-11-23T01:05:03Z"),
        new DateCase("Wed, 23 Nov 2011 01:05:03 GMT+7", "2011-11-23T01:05:03Z"),
        new DateCase("Wed, 23 Nov 2011 01:05:03 GMT-3", "2011-11-23T01:05:03Z"),
        new DateCase("Wed, 23 Nov 2011 01:05:03 +0100", null),
        new DateCase("Wed, 23 Nov 2011 01:05:03", null),
        new DateCase("Wed, 31 Feb 2011 01:05:03 GMT", null),
        new DateCase("Wed, 29 Feb 2012 01:05:03 GMT", "2012-02-29T01:05:03Z"),
        new DateCase("Xyz, 23 Nov 2011 01:05:03 GMT", null),
        new DateCase("Wed, 23 Nov 2011 24:05:03 GMT", null),
        new DateCase("Wed, 23 Nov 2011 01:05:03 GMTX", null),
        new DateCase("Wed, 23 Nov 2011 01:05:03 CEST", "2011-11-23T01:05:03Z"),
        new DateCase("Wed, 23 Nov 2011 01:05:03 ABCDE", null),
        new DateCase("Wed, 23 Nov 2011 01:05:03 AB", null),
        new DateCase("Wednesday, 23 Nov 2011 01:05:03 GMT", null),
        new DateCase("Wed, 23-Nov-11 01:05:03 GMT", null),
        new DateCase("Wed, 23 Nov 2011 01:05:03 GMT ", null),
        new DateCase("Wed, 00 Nov 2011 01:05:03 GMT", null),
        new DateCase("Wed, 23 Nov 2011 01:05:60 GMT", null),
        new DateCase("Wed,23 Nov 2011 01:05:03 GMT", null),
        new DateCase("Wed, 23 Nov 2011 01:05:03 WITA", "2011-11-23T01:05:03Z"),
        new DateCase("Wed, 23 Nov 2011 01:05:03 GMT+24", null),
    };

    @Test
    void expiresDatesAsGo() {
        for (DateCase row : DATES) {
            Instant want = row.want() == null ? null : Instant.parse(row.want());
            assertEquals(want, CookieDate.parse(row.in()), "parseExpires(" + Ascii.quote(row.in()) + ")");
        }
    }

    @Test
    void responseCookiesAndAddCookie() throws Exception {
        Response r = new Response(200, null, null);
        r.header().add("Set-Cookie", "a=1; Path=/");
        r.header().add("Set-Cookie", "b=2");
        assertEquals(List.of("a", "b"), r.cookies().stream().map(Cookie::name).toList());
        Request req = new Request("GET", "http://x/", (java.io.InputStream) null);
        req.addCookie(new Cookie("a", "1"));
        req.addCookie(new Cookie("b", "with space"));
        req.addCookie(new Cookie("c\r\n", "x;\"y"));
        assertEquals("a=1; b=\"with space\"; c--=xy", req.header().get("Cookie"));
    }
}
