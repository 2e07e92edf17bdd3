package org.cmooffice.browser;

import org.cmooffice.account.AccountFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One Chromium per test class, started once the application's port is known.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	Chromium browser;

	@BeforeAll
	void startBrowser() {
		this.browser = new Chromium(this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

}
