package uk.registerly.server.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bouncycastle.util.encoders.Base32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.server.accounts.Totp;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoTrust;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestServers;

/**
 * The dashboard in a real browser (headless Debian Chromium through Selenium) on the demo trust: sign in with
 * password and code, open each page, check its figures against the API with the same session, and write a
 * screenshot of each page to docs/screenshots/. Also: the session cookie's flags, CSRF, access by role, the
 * office's invitation accepted in the browser, labels and keyboard order, printing.
 */
class DashboardBrowserTest extends ServerTest {

    private static ChromeDriver browser;
    private static DemoSchool demo;
    private static DemoTrust.Made trust;

    @BeforeAll
    static void demoTrustAndBrowser() {
        demo = server.demoSchools().standard();
        trust = DemoTrust.ensure(server.database().jdbi(), server.demoSchools(), demo);
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(String path) {
        browser.get(server.baseUrl() + path);
    }

    /**
     * Clicks something that loads a new page and waits until the new page has loaded. The old page is marked
     * before the click and the wait asks the document itself, not the clicked element: while Chromium swaps
     * documents, asking about the old element can fail with an inspector error instead of "stale" (seen on CI).
     */
    private static void clickAndWait(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.registerlyOldPage = true;");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.registerlyOldPage === undefined && document.readyState === 'complete';")));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private static void signIn(String email, String code) {
        browser.manage().deleteAllCookies();
        open("/dashboard/sign-in");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(DemoTrust.PASSWORD);
        browser.findElement(By.id("code")).sendKeys(code);
        clickAndWait(browser.findElement(By.id("sign-in")));
    }

    /** The signed-in session's token: the API accepts it as a bearer token, so pages and API are compared as one. */
    private static String sessionToken() {
        Cookie cookie = browser.manage().getCookieNamed(DashboardRoutes.SESSION_COOKIE);
        assertNotNull(cookie, "signed in: the session cookie is set");
        assertTrue(cookie.isHttpOnly(), "HTTP-only: no script reads it");
        assertTrue(cookie.isSecure(), "Secure: only over HTTPS (and localhost)");
        assertEquals("Strict", cookie.getSameSite());
        return cookie.getValue();
    }

    private static String percent(JsonNode g, String sessions) {
        int possible = g.get("possibleSessions").asInt();
        String p = possible == 0 ? "–" : Fraction.of(g.get(sessions).asInt(), possible).toPercent(1) + "%";
        return g.get("small").asBoolean() && possible > 0 ? p + " of " + g.get("pupils").asInt()
                + (g.get("pupils").asInt() == 1 ? " pupil" : " pupils") : p;
    }

    private static long audited(String action) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from audit_log where action = :a and actor_id = :id")
                .bind("a", action).bind("id", trust.leaderAccount()).mapTo(Long.class).one());
    }

    private static void assertEveryInputIsLabelled() {
        for (WebElement input : browser.findElements(By.cssSelector("input:not([type=hidden]), select"))) {
            String id = input.getAttribute("id");
            assertFalse(id == null || id.isEmpty(), "an input without id: " + input.getAttribute("name"));
            assertEquals(1, browser.findElements(By.cssSelector("label[for='" + id + "']")).size(), "label for " + id);
        }
    }

    @Test
    void aHeadSignsInOpensEachPageAndSeesTheApisFigures() {
        open("/dashboard/today");
        assertTrue(browser.getCurrentUrl().endsWith("/dashboard/sign-in"), "no session: sent to sign in");
        assertEveryInputIsLabelled();
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals("Skip to main content", browser.switchTo().activeElement().getText(), "the first tab stop");
        Browser.screenshot(browser, "dashboard-sign-in");

        signIn(DemoTrust.LEADER_EMAIL, "000000");
        assertTrue(text("error-summary").contains("not right"), "a wrong code is refused");
        assertTrue(browser.getCurrentUrl().endsWith("/dashboard/sign-in"));
        signIn(DemoTrust.LEADER_EMAIL, Totp.code(DemoTrust.TOTP_SECRET, TestServers.NOW));
        assertTrue(browser.getCurrentUrl().endsWith("/dashboard/today"), browser.getCurrentUrl());
        String token = sessionToken();

        // Today: the demo's morning register is taken in every class but 5A's (issue 15's demo leaves one not
        // taken for the registers status); the office's calls outstanding.
        assertEquals(demo.name(), browser.findElement(By.className("govuk-caption-l")).getText());
        assertEquals("5 of 6", text("registers-taken"));
        int present = Integer.parseInt(text("present"));
        int absent = Integer.parseInt(text("absent"));
        assertEquals(180, present + absent + Integer.parseInt(text("unmarked")));
        assertTrue(absent >= 10, "two unexplained absences in each of the five classes whose register is taken");
        Browser.screenshot(browser, "dashboard-today");

        // This year by year group, against the API with the same session.
        long yearViews = audited("dashboard.year.viewed");
        open("/dashboard/year");
        Response api = ServerTest.api.get("/api/v1/figures?groupBy=yearGroup", token);
        assertEquals(200, api.status(), api.toString());
        JsonNode total = api.body().get("total");
        assertEquals(total.get("pupils").asText(), text("total-pupils"));
        assertEquals(percent(total, "attendanceSessions"), text("total-attendance"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#groups tbody tr"));
        assertEquals(api.body().get("groups").size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode g = api.body().get("groups").get(i);
            WebElement row = rows.get(i);
            assertEquals(g.get("group").asText(), row.getAttribute("data-group"));
            assertEquals(g.get("pupils").asText(), row.findElement(By.cssSelector("[data-field=pupils]")).getText());
            assertEquals(percent(g, "attendanceSessions"),
                    row.findElement(By.cssSelector("[data-field=attendance]")).getText());
        }
        assertEquals(yearViews + 1, audited("dashboard.year.viewed"), "the view is audited");
        assertEquals("true", browser.findElement(By.className("registerly-chart")).getAttribute("data-drawn"),
                "the chart was drawn from the jar's ECharts");
        assertTrue(browser.findElements(By.cssSelector("#national tbody tr")).size() > 5);
        assertEveryInputIsLabelled();
        Browser.screenshot(browser, "dashboard-year");

        // By free school meals, with the national figures of each group beside it.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("groupBy"))).selectByValue("fsm");
        clickAndWait(browser.findElement(By.id("show")));
        Response fsm = ServerTest.api.get("/api/v1/figures?groupBy=fsm", token);
        List<WebElement> fsmRows = browser.findElements(By.cssSelector("#groups tbody tr"));
        assertEquals(fsm.body().get("groups").size(), fsmRows.size());
        assertTrue(fsmRows.get(1).getText().contains("31.7% nationally"), fsmRows.get(1).getText());
        Browser.screenshot(browser, "dashboard-year-fsm");

        open("/dashboard/trends");
        assertEquals(api.body().get("weeks").size(), browser.findElements(By.cssSelector("#weeks tbody tr")).size());
        assertEquals("true", browser.findElement(By.className("registerly-chart")).getAttribute("data-drawn"));
        Browser.screenshot(browser, "dashboard-trends");

        long listViews = audited("dashboard.absence_lists.viewed");
        open("/dashboard/absence");
        int severe = total.get("severelyAbsentPupils").asInt();
        assertEquals(String.valueOf(severe), text("severe-count"));
        assertEquals(String.valueOf(total.get("persistentlyAbsentPupils").asInt() - severe), text("persistent-count"));
        assertEquals(listViews + 1, audited("dashboard.absence_lists.viewed"), "a list of pupils' names is audited");
        Browser.screenshot(browser, "dashboard-absence");

        // A school's account cannot open the trust overview, nor another school's page.
        open("/dashboard/trust");
        assertEquals("You cannot see this page", browser.findElement(By.tagName("h1")).getText());
        open("/dashboard/year?school=" + trust.schools().stream().filter(s -> !s.equals(demo.schoolId()))
                .findFirst().orElseThrow());
        assertEquals("There is a problem", browser.findElement(By.tagName("h1")).getText());

        // Printable: Chromium prints the page to a PDF.
        String pdf = browser.print(new PrintOptions()).getContent();
        assertTrue(new String(Base64.getDecoder().decode(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF-"));
    }

    @Test
    void aTrustDirectorSeesEverySchoolOfTheTrust() {
        signIn(DemoTrust.DIRECTOR_EMAIL, Totp.code(DemoTrust.TOTP_SECRET, TestServers.NOW));
        assertTrue(browser.getCurrentUrl().endsWith("/dashboard/trust"), browser.getCurrentUrl());
        Response api = ServerTest.api.get("/api/v1/trust/figures", sessionToken());
        assertEquals(200, api.status(), api.toString());
        List<WebElement> rows = browser.findElements(By.cssSelector("#schools tbody tr"));
        assertEquals(4, rows.size(), "three schools and the trust");
        for (JsonNode s : api.body().get("schools")) {
            WebElement row = browser.findElement(By.cssSelector("tr[data-school='" + s.get("school").get("id").asText() + "']"));
            assertEquals(percent(s.get("total"), "attendanceSessions"),
                    row.findElement(By.cssSelector("[data-field=attendance]")).getText());
        }
        WebElement all = browser.findElement(By.cssSelector("tr[data-school=all]"));
        assertEquals(api.body().get("total").get("pupils").asText(), all.findElement(By.cssSelector("[data-field=pupils]")).getText());
        Browser.screenshot(browser, "dashboard-trust");

        // Any school of the trust, picked from the list.
        String wenlock = api.body().get("schools").findValuesAsText("name").stream()
                .filter(n -> n.startsWith("Wenlock")).findFirst().orElseThrow();
        clickAndWait(rows.get(0).findElement(By.tagName("a")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("school"))).selectByVisibleText(wenlock);
        clickAndWait(browser.findElement(By.cssSelector(".registerly-picker button")));
        assertEquals(wenlock, browser.findElement(By.className("govuk-caption-l")).getText());
        Browser.screenshot(browser, "dashboard-trust-school-year");

        // Signing out ends the session: its token works nowhere afterwards.
        String token = sessionToken();
        clickAndWait(browser.findElement(By.cssSelector(".registerly-sign-out button")));
        assertTrue(browser.getCurrentUrl().endsWith("/dashboard/sign-in"));
        assertEquals(401, ServerTest.api.get("/api/v1/trust/figures", token).status());
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dashboard/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + DemoTrust.LEADER_EMAIL + "&password=x&code=123456"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, signIn.statusCode(), "a sign-in posted from elsewhere (no CSRF cookie and field)");
        assertTrue(signIn.body().contains("This form has expired"));
        assertEquals("DENY", signIn.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(signIn.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    @Test
    void theOfficeInvitesAHeadWhoSetsUpTheAccountInTheBrowser() {
        String office = ServerTest.api.enrol(DemoSchoolsCodes.OFFICE);
        String email = "deputy-" + System.nanoTime() + "@demo-primary.example";
        Response invited = ServerTest.api.post("/api/v1/staff-accounts/invitations", office,
                Map.of("email", email, "name", "Dana Deputy"));
        assertEquals(201, invited.status(), invited.toString());
        browser.manage().deleteAllCookies();
        open(invited.text("acceptPath"));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains(email));
        assertEveryInputIsLabelled();
        String key = browser.findElement(By.id("totp-secret")).getText().replace(" ", "");
        byte[] secret = Base32.decode(key + "=".repeat((8 - key.length() % 8) % 8));
        Browser.screenshot(browser, "dashboard-invitation");
        browser.findElement(By.id("password")).sendKeys("a long enough password");
        browser.findElement(By.id("confirm")).sendKeys("a long enough password");
        browser.findElement(By.id("totp")).sendKeys(Totp.code(secret, TestServers.NOW));
        clickAndWait(browser.findElement(By.id("accept")));
        assertEquals("Your account is ready", browser.findElement(By.tagName("h1")).getText());
        // The same code again is refused (used), the next one signs in.
        Response replay = ServerTest.api.post("/api/v1/staff/sign-in", null, Map.of("email", email,
                "password", "a long enough password", "code", Totp.code(secret, TestServers.NOW)));
        assertEquals(401, replay.status(), replay.toString());
        Response next = ServerTest.api.post("/api/v1/staff/sign-in", null, Map.of("email", email,
                "password", "a long enough password", "code", Totp.code(secret, TestServers.NOW.plusSeconds(30))));
        assertEquals(201, next.status(), next.toString());
        List<String> used = new ArrayList<>();
        open(invited.text("acceptPath"));
        used.add(browser.findElement(By.tagName("h1")).getText());
        assertEquals(List.of("This invitation cannot be used"), used);
    }

    /** The documented demo office code. */
    private static final class DemoSchoolsCodes {
        static final String OFFICE = uk.registerly.server.demo.DemoSchools.OFFICE_CODE;
    }
}
