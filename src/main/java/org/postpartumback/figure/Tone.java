package org.postpartumback.figure;

/** What a shape is, which decides its colour: the theme maps each tone to a CSS custom property. */
public enum Tone {

	BODY("fb"), FAR_BODY("ff"), MOVING("fa"), FAR_MOVING("fx"), PROP("fp"), GROUND("fg"),
	/** An exercise band, and a floor mat under a figure seen from above. */
	BAND("fn"), MAT("fm"),
	/** The previous position, drawn faintly under the solid one: an outline ({@code GHOST_LINE}) filled lightly. */
	GHOST_LINE("go"), GHOST_FILL("gi"),
	/** The eye and the roller's core: the colour of the surface the figure sits on. */
	HOLE("fh");

	/** The CSS class of the tone in the SVG. */
	final String cssClass;

	Tone(String cssClass) {
		this.cssClass = cssClass;
	}

}
