package org.cmooffice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CmoOfficeApplication {

	public static void main(String[] args) {
		SpringApplication.run(CmoOfficeApplication.class, args);
	}

}
