package org.postpartumback.errors;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request the guide understands but will not answer, with the reason the 400 page shows: the message key and
 * its argument. The error page renders it through Spring Boot's error handling like every other error, so it gets
 * the layout, the disclaimer and the security headers.
 */
public class BadRequestException extends ResponseStatusException {

	private final String reasonKey;

	private final transient Object reasonArgument;

	public BadRequestException(String reasonKey, Object reasonArgument) {
		super(HttpStatus.BAD_REQUEST, reasonKey);
		this.reasonKey = reasonKey;
		this.reasonArgument = reasonArgument;
	}

	public String reasonKey() {
		return reasonKey;
	}

	public Object reasonArgument() {
		return reasonArgument;
	}

}
