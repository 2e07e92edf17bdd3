package org.cmooffice.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238: six digits, 30-second steps, HMAC-SHA1, as
 * every authenticator app reads them) with java-otp, and the QR code an app scans, drawn
 * on the server with ZXing.
 */
final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, 6);

	private Totp() {
	}

	/** A new 160-bit secret, written in Base32 as the apps take it. */
	static String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return new Base32().encodeToString(secret).replace("=", "");
	}

	static String uri(String issuer, String account, String secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
	}

	/**
	 * The time step the code was made for, if it is right now or one step either side
	 * (clocks of phones drift); empty otherwise. Full-width digits and spaces, as a
	 * Japanese input method may type them, are read as the digits they are.
	 */
	static OptionalLong step(String secret, String typed, Instant now) {
		String code = digits(typed);
		if (code.length() != 6) {
			return OptionalLong.empty();
		}
		SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), GENERATOR.getAlgorithm());
		long current = now.getEpochSecond() / STEP.toSeconds();
		for (long step = current - 1; step <= current + 1; step++) {
			try {
				String expected = GENERATOR.generateOneTimePasswordString(key,
						Instant.ofEpochSecond(step * STEP.toSeconds()));
				if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
						code.getBytes(StandardCharsets.US_ASCII))) {
					return OptionalLong.of(step);
				}
			}
			catch (InvalidKeyException ex) {
				throw new IllegalStateException("TOTP secret unusable", ex);
			}
		}
		return OptionalLong.empty();
	}

	/** The code for a moment, as an app would show it (for tests and nothing else). */
	static String codeAt(String secret, Instant moment) {
		try {
			return GENERATOR.generateOneTimePasswordString(
					new SecretKeySpec(new Base32().decode(secret), GENERATOR.getAlgorithm()), moment);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String digits(String typed) {
		if (typed == null) {
			return "";
		}
		StringBuilder digits = new StringBuilder();
		for (char c : typed.toCharArray()) {
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (c >= '０' && c <= '９') {
				digits.append((char) ('0' + (c - '０')));
			}
			else if (!Character.isWhitespace(c) && c != '-' && c != '　') {
				return "";
			}
		}
		return digits.toString();
	}

	/** The QR code of the URI as a PNG image. */
	static byte[] qrCode(String uri) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 232, 232,
					Map.of(EncodeHintType.MARGIN, 2));
			java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(matrix.getWidth(), matrix.getHeight(),
					java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalStateException("QR code not drawn", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
