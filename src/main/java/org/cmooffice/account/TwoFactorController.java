package org.cmooffice.account;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.cmooffice.shared.InputRejected;
import org.cmooffice.shared.security.CurrentUser;
import org.cmooffice.shared.security.SignInSteps;
import org.cmooffice.shared.web.Flash;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The code page of signing in, and each user's own second-factor page: set up with a QR
 * code and a confirming code, recovery codes shown once, turned off where optional.
 */
@Controller
class TwoFactorController {

	static final String PENDING_SECRET = TwoFactorController.class.getName() + ".secret";

	private final TwoFactor twoFactor;

	private final SignInSteps signIn;

	private final UserRepository users;

	private final java.time.Clock clock;

	TwoFactorController(TwoFactor twoFactor, SignInSteps signIn, UserRepository users, java.time.Clock clock) {
		this.twoFactor = twoFactor;
		this.signIn = signIn;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping("/login/two-factor")
	String codePage() {
		return "account/two-factor-code";
	}

	@PostMapping("/login/two-factor")
	String checkCode(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code,
			HttpServletRequest request, HttpServletResponse response, Model model)
			throws IOException, ServletException {
		if (this.twoFactor.verify(user, code, new WebAuthenticationDetails(request))) {
			this.signIn.complete(request, response, user);
			HttpSessionRequestCache requests = new HttpSessionRequestCache();
			SavedRequest saved = requests.getRequest(request, response);
			requests.removeRequest(request, response);
			return "redirect:" + ((saved != null) ? saved.getRedirectUrl() : "/");
		}
		if (this.users.findById(user.id())
			.map((found) -> found.isLockedAt(this.clock.instant()) || !found.isActive())
			.orElse(true)) {
			// Locked now (or meanwhile): this half-finished sign-in ends like any other
			// failure.
			SecurityContextHolder.clearContext();
			request.getSession().invalidate();
			return "redirect:/login?error";
		}
		model.addAttribute("codeError", "twoFactor.code.wrong");
		return "account/two-factor-code";
	}

	@GetMapping("/account/two-factor")
	String page(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		return view(user, (String) session.getAttribute(PENDING_SECRET), model);
	}

	@PostMapping("/account/two-factor/start")
	String start(@AuthenticationPrincipal CurrentUser user, HttpSession session) {
		if (!this.twoFactor.enabled(user.id())) {
			session.setAttribute(PENDING_SECRET, this.twoFactor.start(user).secret());
		}
		return "redirect:/account/two-factor";
	}

	/** The QR code of the secret being set up; never cached, never for anyone else. */
	@GetMapping("/account/two-factor/qr.png")
	ResponseEntity<byte[]> qrCode(@AuthenticationPrincipal CurrentUser user, HttpSession session) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(Totp.qrCode(Totp.uri(TwoFactor.ISSUER, user.getUsername(), secret)));
	}

	@PostMapping("/account/two-factor/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code,
			HttpSession session, HttpServletRequest request, HttpServletResponse response, Model model)
			throws IOException, ServletException {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			return "redirect:/account/two-factor";
		}
		List<String> codes;
		try {
			codes = this.twoFactor.confirm(user, secret, code);
		}
		catch (InputRejected ex) {
			model.addAttribute("codeError", ex.messageKey());
			return view(user, secret, model);
		}
		session.removeAttribute(PENDING_SECRET);
		if (!SignInSteps.fullySignedIn(SecurityContextHolder.getContext().getAuthentication())) {
			// Set up at sign-in, as required: that was the second factor, the sign-in is
			// complete.
			this.signIn.complete(request, response, user);
		}
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("recoveryCodes", codes);
		return view(user, null, model);
	}

	@PostMapping("/account/two-factor/disable")
	String disable(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String currentPassword,
			Model model, RedirectAttributes flash) {
		try {
			this.twoFactor.disable(user, currentPassword);
		}
		catch (InputRejected ex) {
			model.addAttribute("passwordError", ex.messageKey());
			return view(user, null, model);
		}
		flash.addFlashAttribute("flash", Flash.success("twoFactor.flash.disabled"));
		return "redirect:/account/two-factor";
	}

	private String view(CurrentUser user, String pendingSecret, Model model) {
		model.addAttribute("enabled", this.twoFactor.enabled(user.id()));
		model.addAttribute("required", this.twoFactor.required(user));
		model.addAttribute("codesLeft", this.twoFactor.recoveryCodesLeft(user.id()));
		model.addAttribute("pendingSecret", (pendingSecret != null) ? grouped(pendingSecret) : null);
		model.addAttribute("signingIn",
				!SignInSteps.fullySignedIn(SecurityContextHolder.getContext().getAuthentication()));
		return "account/two-factor";
	}

	/** The secret in groups of four, easier to type into an app by hand. */
	private static String grouped(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

}
