package org.cmooffice.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.cmooffice.shared.persistence.StaleRecordException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Two people edited the same record: the second save is refused and told why, with the
 * way back to the current version. Nothing of theirs was written.
 */
@ControllerAdvice
class ConflictHandling {

	/** A form address no form of ours produces (a list index far beyond any row). */
	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(Model model, HttpServletRequest request) {
		model.addAttribute("here", new CurrentUrl(request));
		model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
		model.addAttribute("messageKey", ErrorPageAttributes.messageKey(HttpStatus.BAD_REQUEST.value()));
		return "error";
	}

	@ExceptionHandler({ StaleRecordException.class, ObjectOptimisticLockingFailureException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(Model model, HttpServletRequest request) {
		// An exception handler's model gets none of the advice's attributes.
		model.addAttribute("here", new CurrentUrl(request));
		model.addAttribute("status", HttpStatus.CONFLICT.value());
		model.addAttribute("messageKey", ErrorPageAttributes.messageKey(HttpStatus.CONFLICT.value()));
		return "error";
	}

}
