package org.cmooffice.account;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The "stay signed in" button of the idle-timeout warning: any request to the server
 * renews the session, this one does nothing else.
 */
@RestController
class SessionController {

	@PostMapping("/session/extend")
	ResponseEntity<Void> extend() {
		return ResponseEntity.noContent().build();
	}

}
