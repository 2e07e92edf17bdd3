package org.cmooffice.shared.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What an error page may show: the status, a reference the user can quote to the help
 * desk (the same one is in the log beside the stack trace) and, for a refused form,
 * whether the session had expired. Never the exception, its message or the stack trace.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageAttributes.class);

	/** Set by the security layer's access-denied handler. */
	private static final String DENIED_REASON = "org.cmooffice.accessDeniedReason";

	/** The statuses with a page of their own; any other gets the general one. */
	private static final Set<Integer> EXPLAINED = Set.of(403, 404, 409, 500);

	static String messageKey(Object status) {
		return (status instanceof Integer code && EXPLAINED.contains(code)) ? "error." + code : "error.generic";
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
		String reference = UUID.randomUUID().toString().substring(0, 8);
		attributes.put("reference", reference);
		attributes.put("messageKey", messageKey(attributes.get("status")));
		Object reason = request.getAttribute(DENIED_REASON, RequestAttributes.SCOPE_REQUEST);
		if (reason != null) {
			attributes.put("reason", reason);
		}
		Throwable error = getError(request);
		if (error != null && Integer.valueOf(500).equals(attributes.get("status"))) {
			log.error("Unexpected error, reference {} on {}", reference, attributes.get("path"), error);
		}
		attributes.remove("trace");
		attributes.remove("exception");
		attributes.remove("message");
		attributes.remove("errors");
		return attributes;
	}

}
