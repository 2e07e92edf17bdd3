package org.cmooffice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;

@SpringBootApplication
public class CmoOfficeApplication {

	/** Enough for every step of one start; the report needs them only once. */
	private static final int STARTUP_STEPS = 20_000;

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(CmoOfficeApplication.class);
		application.setApplicationStartup(new BufferingApplicationStartup(STARTUP_STEPS));
		application.addListeners(new StartupPhases());
		application.run(args);
	}

}
