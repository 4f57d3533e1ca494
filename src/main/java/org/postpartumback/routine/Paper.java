package org.postpartumback.routine;

import java.util.Arrays;
import java.util.Optional;

/** The paper sizes a routine PDF is made for; the name is the {@code paper} parameter's value. */
enum Paper {

	A4("a4", "A4"), LETTER("letter", "letter");

	private final String parameter;

	private final String cssSize;

	Paper(String parameter, String cssSize) {
		this.parameter = parameter;
		this.cssSize = cssSize;
	}

	String parameter() {
		return this.parameter;
	}

	String cssSize() {
		return this.cssSize;
	}

	static Optional<Paper> of(String parameter) {
		return Arrays.stream(values()).filter(paper -> paper.parameter.equals(parameter)).findFirst();
	}

}
