package org.postpartumback.cause;

/** When a cause of upper-back pain comes into play. */
public enum Phase {

	PREGNANCY, POSTPARTUM, ANY_TIME;

	/** Message key of the phase's heading. */
	public String labelKey() {
		return "cause.phase." + name().toLowerCase();
	}

}
