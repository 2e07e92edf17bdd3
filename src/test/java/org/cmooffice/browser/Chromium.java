package org.cmooffice.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium and ChromeDriver, headless, with nothing downloaded: when either is
 * missing the tests fail and say which packages to install; they never pass silently.
 */
final class Chromium implements AutoCloseable {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	/** WCAG 2.x A and AA, as JIS X 8341-3 asks. */
	private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private final WebDriver driver;

	private final String baseUrl;

	Chromium(int port) {
		assertThat(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER))
			.as("Browser tests need Debian's chromium and chromium-driver packages (%s and %s): "
					+ "apt-get install chromium chromium-driver", BROWSER, DRIVER)
			.isTrue();
		System.setProperty("webdriver.chrome.driver", DRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=1280,800", "--lang=ja");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().window().setSize(new Dimension(1280, 800));
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		this.baseUrl = "http://localhost:" + port;
	}

	WebDriver driver() {
		return this.driver;
	}

	void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	/**
	 * Clicks as a person would: the element scrolled into the middle of the window first.
	 */
	void click(String css) {
		WebElement element = find(css);
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/**
	 * Clicks a button or link that loads another page, and waits until the new page has
	 * loaded: a mark left on the old page's window is gone once the new one is there.
	 */
	void clickToLoad(String css) {
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		script.executeScript("window.cmoOldPage = true;");
		click(css);
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
			.until((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
				.executeScript("return window.cmoOldPage === undefined && document.readyState === 'complete';")));
	}

	/**
	 * Fills a date field. Typing into one depends on the browser's locale (month first or
	 * year first), so the value is set as the form would send it.
	 */
	void setDate(String css, java.time.LocalDate date) {
		((JavascriptExecutor) this.driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", find(css),
				date.toString());
	}

	/** Presses keys on whatever has the focus, as a keyboard user does. */
	void press(CharSequence... keys) {
		new Actions(this.driver).sendKeys(keys).perform();
	}

	/**
	 * Presses keys that load another page (Enter on a link or a button) and waits until
	 * the new page has loaded.
	 */
	void pressToLoad(CharSequence... keys) {
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		script.executeScript("window.cmoOldPage = true;");
		press(keys);
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
			.until((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
				.executeScript("return window.cmoOldPage === undefined && document.readyState === 'complete';")));
	}

	/**
	 * Moves the focus with Tab, as a keyboard user does, until it reaches the element,
	 * and checks that the focus can be seen there. Fails when Tab never reaches it: the
	 * element cannot be used without a mouse.
	 */
	void tabTo(String css) {
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		List<String> visited = new java.util.ArrayList<>();
		for (int presses = 0; presses < 300; presses++) {
			Object reached = script.executeScript(
					"""
							const e = document.activeElement;
							if (!e || !e.matches(arguments[0])) {
							  return e ? (e.tagName + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')) : null;
							}
							const s = getComputedStyle(e);
							return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
							""",
					css);
			if (Boolean.TRUE.equals(reached)) {
				return;
			}
			assertThat(reached).as("the focus on %s is visible on %s", css, path()).isNotEqualTo(Boolean.FALSE);
			visited.add(String.valueOf(reached));
			press(org.openqa.selenium.Keys.TAB);
		}
		throw new AssertionError("Tab never reached " + css + " on " + path() + "; it went through "
				+ String.join(" ", visited.subList(0, Math.min(visited.size(), 80))));
	}

	WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	String text() {
		return find("body").getText();
	}

	void signIn(String username, String password) {
		open("/login");
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		clickToLoad("form[action$='/login'] button[type=submit]");
	}

	void signOut() {
		this.driver.manage().deleteAllCookies();
	}

	void waitUntilLeft(String path) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlToBe(this.baseUrl + path)));
	}

	/**
	 * Runs axe-core on the page shown and fails with every WCAG 2.x A/AA violation found.
	 */
	void assertAccessible() {
		Results results = new AxeBuilder().withTags(WCAG_AA).analyze(this.driver);
		assertThat(results.getPasses()).as("axe-core ran its rules on %s", path()).isNotEmpty();
		List<Rule> violations = results.getViolations();
		assertThat(violations).as("axe-core violations on %s:%n%s", path(), describe(violations)).isEmpty();
	}

	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File file = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> "- " + rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes()
						.stream()
						.map((node) -> node.getTarget().toString())
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
