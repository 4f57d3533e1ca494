package org.postpartumback.relief;

/** Whether a relief technique is something to do at home or care to get from a professional. */
public enum Category {

	AT_HOME, PROFESSIONAL

}
