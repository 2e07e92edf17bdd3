package org.cmooffice.shared.files;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files people uploaded, sent back. A user's file is not part of the application: it is
 * sandboxed by its own Content-Security-Policy, so that nothing in it runs with the
 * application's rights even if a browser opens it.
 */
public final class Downloads {

	private static final String SANDBOX = "sandbox; default-src 'none'";

	private Downloads() {
	}

	/** As a download, under its own name (in UTF-8, so Japanese names survive). */
	public static ResponseEntity<byte[]> attachment(String filename, String contentType, byte[] content) {
		return send(ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build(), contentType,
				content);
	}

	/** Shown in the page; only for picture types a browser cannot run. */
	public static ResponseEntity<byte[]> inline(String contentType, byte[] content) {
		return send(ContentDisposition.inline().build(), contentType, content);
	}

	private static ResponseEntity<byte[]> send(ContentDisposition disposition, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("Content-Security-Policy", SANDBOX)
			.body(content);
	}

}
