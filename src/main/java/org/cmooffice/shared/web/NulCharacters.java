package org.cmooffice.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Takes NUL characters out of every text a form or address sends. PostgreSQL refuses them
 * in text columns, and they mean nothing in a name or a note: removed here, they can
 * never turn a save into an error page.
 */
@ControllerAdvice
class NulCharacters {

	@InitBinder
	void removeNulCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue((text != null) ? text.replace("\u0000", "") : null);
			}
		});
	}

}
